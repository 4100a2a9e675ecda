package vn.thidua.notification.sms;

/** A provider did not take an SMS: permanently (bad number, refused) or for now (down, throttled). */
public class SmsException extends Exception {

    private final boolean permanent;

    public SmsException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public SmsException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
