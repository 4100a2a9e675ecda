package vn.thidua.reporting.dashboard;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.thidua.eventing.web.DomainException;

/**
 * Which reporting periods the participation figures count ({@code ?period=}): the final reports
 * ({@code FINAL}, the default, so the figures published before periods were counted stay as they
 * were), one period by its id ({@code INTERIM-1}…), or every period ({@code all}).
 *
 * @param periodId the period counted; null for every period
 */
public record PeriodFilter(String periodId) {

    public static final String FINAL = "FINAL";
    public static final String ALL = "all";
    private static final Pattern PERIOD_ID = Pattern.compile("INTERIM(-[1-9][0-9]*)?|FINAL");

    public static PeriodFilter finalReports() {
        return new PeriodFilter(FINAL);
    }

    public static PeriodFilter parse(String value) {
        if (value == null || value.isBlank()) {
            return finalReports();
        }
        String period = value.strip();
        if (period.equalsIgnoreCase(ALL)) {
            return new PeriodFilter(null);
        }
        String id = period.toUpperCase(Locale.ROOT);
        if (!PERIOD_ID.matcher(id).matches()) {
            throw DomainException.invalid("unknown-period", "Không có kỳ báo cáo \"" + value
                    + "\"; chọn FINAL (tổng kết, mặc định), một kỳ sơ kết như INTERIM-1, hoặc all (mọi kỳ).");
        }
        return new PeriodFilter(id);
    }

    /** How the filter reads in a view: the period id, or "all". */
    public String label() {
        return periodId == null ? ALL : periodId;
    }

    /** The report rows of the period; a row stored before rows kept their period is a final report's. */
    Criteria criteria() {
        if (periodId == null) {
            return new Criteria();
        }
        if (periodId.equals(FINAL)) {
            return new Criteria().orOperator(Criteria.where("periodId").is(FINAL),
                    Criteria.where("periodId").exists(false));
        }
        return Criteria.where("periodId").is(periodId);
    }
}
