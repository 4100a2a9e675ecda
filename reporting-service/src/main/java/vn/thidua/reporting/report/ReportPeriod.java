package vn.thidua.reporting.report;

/** Báo cáo sơ kết (interim) / tổng kết (final). */
public enum ReportPeriod {
    INTERIM, FINAL
}
