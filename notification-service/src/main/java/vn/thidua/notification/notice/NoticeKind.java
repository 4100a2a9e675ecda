package vn.thidua.notification.notice;

/**
 * The kinds of notice the service sends, each with its template family and whether it is mandatory.
 * A mandatory notice is an operational message (tin điều hành) of the agency to its own units: it is
 * sent even to a recipient who unsubscribed, which only stops the non-mandatory kinds. Every kind so
 * far is operational; newsletters and similar kinds would be the first non-mandatory ones.
 */
public enum NoticeKind {

    /** The launch letter of a movement (công văn phát động). */
    CAMPAIGN_LAUNCHED("CampaignLaunched", true),
    /** A commendation decision for the unit (quyết định khen thưởng). */
    AWARD_DECIDED("AwardDecided", true),
    /** A report is due soon (nhắc hạn nộp báo cáo). */
    REPORT_DUE("ReportDue", true),
    /** A report is overdue (quá hạn nộp báo cáo). */
    REPORT_OVERDUE("ReportOverdue", true),
    /** The daily list of late units to a department's office (tổng hợp đơn vị chậm báo cáo); email only. */
    OFFICE_DIGEST("OfficeDigest", true);

    private final String template;
    private final boolean mandatory;

    NoticeKind(String template, boolean mandatory) {
        this.template = template;
        this.mandatory = mandatory;
    }

    /** The template family under {@code templates/mail/<language>/}. */
    public String template() {
        return template;
    }

    public boolean mandatory() {
        return mandatory;
    }

    /** Whether the kind has SMS templates: the digest is a list, an email only. */
    public boolean textable() {
        return this != OFFICE_DIGEST;
    }
}
