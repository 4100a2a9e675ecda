package vn.thidua.notification.sms;

import java.util.List;

/**
 * Where SMS are handed over: an SMPP connection or a Brandname provider's HTTP API. Delivery
 * receipts come back asynchronously, to {@link SmsReceipts}.
 */
public interface SmsProvider {

    /** smpp or http, recorded on each delivery. */
    String name();

    /**
     * Submits the SMS (all its segments) and returns the provider's message ids, one per segment
     * (SMPP) or one for the whole (HTTP).
     *
     * @throws SmsException transient (try again later) or permanent (fall back to email)
     */
    List<String> submit(OutgoingSms sms) throws SmsException;
}
