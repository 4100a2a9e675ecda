package vn.thidua.notification.sms.text;

/**
 * How an SMS text travels: the GSM 7-bit alphabet (data_coding 0) or UCS-2 (data_coding 8), with
 * the sizes of one whole message and of each part of a concatenated one (the user data header
 * takes 6 octets of the 140).
 */
public enum SmsEncoding {
    /** 160 characters alone, 153 a part. */
    GSM7(160, 153, (byte) 0x00),
    /** 70 characters alone, 67 a part. */
    UCS2(70, 67, (byte) 0x08);

    private final int single;
    private final int part;
    private final byte dataCoding;

    SmsEncoding(int single, int part, byte dataCoding) {
        this.single = single;
        this.part = part;
        this.dataCoding = dataCoding;
    }

    /** Characters (GSM-7 septets, UCS-2 code units) in a message sent whole. */
    public int single() {
        return single;
    }

    /** Characters in each part of a concatenated message. */
    public int part() {
        return part;
    }

    /** The SMPP data_coding value. */
    public byte dataCoding() {
        return dataCoding;
    }
}
