package vn.thidua.portal.workspace;

/** The unit workspace's addresses. */
public final class UnitPaths {

    public static final String HOME = "/lam-viec/don-vi";
    public static final String FINAL_REPORT = HOME + "/bao-cao/{campaignId}";
    /** Evidence files of the final report (minh chứng): upload, and removal while the report can change. */
    public static final String EVIDENCE = FINAL_REPORT + "/minh-chung";
    public static final String EVIDENCE_DELETE = EVIDENCE + "/{attachmentId}/xoa";
    /** The unit's nominations of its staff and of itself (đề nghị khen thưởng). */
    public static final String NOMINATIONS = HOME + "/de-nghi";
    public static final String NEW_NOMINATION = NOMINATIONS + "/moi";
    public static final String NOMINATION = NOMINATIONS + "/{id}";
    public static final String RESUBMIT = NOMINATION + "/gui-lai";
    /** Registration for launched movements (đăng ký thi đua). */
    public static final String REGISTRATIONS = HOME + "/dang-ky";
    public static final String REGISTRATION = REGISTRATIONS + "/{campaignId}";
    /** How the unit receives notices. */
    public static final String PREFERENCES = HOME + "/nhan-thong-bao";

    private UnitPaths() {
    }
}
