package vn.thidua.portal.workspace;

/** The council member's workspace (also the office's council pages, under the office's home). */
public final class CouncilPaths {

    public static final String HOME = "/lam-viec/hoi-dong";
    public static final String SESSION = HOME + "/{id}";
    public static final String VOTE = SESSION + "/muc/{nominationId}/bieu-quyet";
    public static final String RECUSE = SESSION + "/muc/{nominationId}/khong-tham-gia";

    public static final String OFFICE_SESSIONS = OfficePaths.HOME + "/hoi-dong";
    public static final String OFFICE_NEW_SESSION = OFFICE_SESSIONS + "/moi";
    public static final String OFFICE_SESSION = OFFICE_SESSIONS + "/{id}";
    public static final String OFFICE_OPEN = OFFICE_SESSION + "/khai-mac";
    public static final String OFFICE_CLOSE = OFFICE_SESSION + "/ket-thuc";
    public static final String OFFICE_WRITTEN_VOTE = OFFICE_SESSION + "/muc/{nominationId}/phieu-bang-van-ban";

    private CouncilPaths() {
    }
}
