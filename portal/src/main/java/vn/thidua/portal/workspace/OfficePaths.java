package vn.thidua.portal.workspace;

/** The office workspace's addresses (Vietnamese, like the public ones). */
public final class OfficePaths {

    public static final String HOME = "/lam-viec/van-phong";
    public static final String NEW_MOVEMENT = HOME + "/phong-trao/moi";
    public static final String MOVEMENTS = HOME + "/phong-trao";
    public static final String MOVEMENT = MOVEMENTS + "/{id}";
    public static final String LAUNCH = MOVEMENT + "/phat-dong";
    public static final String PROGRESS = MOVEMENT + "/tien-do";

    private OfficePaths() {
    }
}
