package vn.thidua.reporting.report;

/**
 * A figure a unit reports for a content, with its unit of measure, e.g. "Số cán bộ được tập huấn",
 * 120, "người". The aggregate adds up figures of the same name and unit across units.
 *
 * @param unit the unit of measure ("người", "%", "triệu đồng"); null when the figure is a bare count
 */
public record Figure(String name, double value, String unit) {
}
