package vn.thidua.portal.workspace;

/** The office workspace's addresses (Vietnamese, like the public ones). */
public final class OfficePaths {

    public static final String HOME = "/lam-viec/van-phong";
    public static final String NEW_MOVEMENT = HOME + "/phong-trao/moi";
    public static final String MOVEMENTS = HOME + "/phong-trao";
    public static final String MOVEMENT = MOVEMENTS + "/{id}";
    public static final String LAUNCH = MOVEMENT + "/phat-dong";
    /** Closing a launched movement (kết thúc phong trào). */
    public static final String CLOSE = MOVEMENT + "/ket-thuc";
    public static final String PROGRESS = MOVEMENT + "/tien-do";
    /** Reminding every late unit of the movement in one action (đôn đốc). */
    public static final String CHASE = MOVEMENT + "/don-doc";
    /** A draft read from a pasted launch letter (công văn, kế hoạch cấp trên). */
    public static final String FROM_LETTER = MOVEMENTS + "/tu-cong-van";
    public static final String FROM_LETTER_CREATE = FROM_LETTER + "/tao";
    /** Appraisal of the nominations sent to the department (thẩm định hồ sơ đề nghị khen thưởng). */
    public static final String NOMINATIONS = HOME + "/de-nghi";
    public static final String NOMINATION = NOMINATIONS + "/{id}";
    public static final String RECEIVE = NOMINATION + "/tiep-nhan";
    public static final String ACCEPT = NOMINATION + "/chap-nhan";
    public static final String RETURN = NOMINATION + "/tra-lai";

    private OfficePaths() {
    }
}
