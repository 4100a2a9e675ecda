package vn.thidua.portal.workspace;

/** The leader's workspace: letters to approve and sign, nominations to decide. */
public final class LeaderPaths {

    public static final String HOME = "/lam-viec/lanh-dao";
    public static final String APPROVE_LETTER = HOME + "/cong-van/{id}/ky";
    public static final String DECIDE = HOME + "/de-nghi/{id}/quyet-dinh";

    private LeaderPaths() {
    }
}
