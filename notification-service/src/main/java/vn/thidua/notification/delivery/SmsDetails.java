package vn.thidua.notification.delivery;

import java.math.BigDecimal;

import vn.thidua.notification.notice.NoticeKind;

/**
 * What an SMS delivery sends and what it costs: kept on the entry so a scheduled SMS is sent as it
 * was composed, and so the log shows segments and the estimated cost.
 *
 * @param kind         the notice kind, which names the provider's template
 * @param text         the text as sent (without diacritics unless the recipient chose Unicode)
 * @param unicode      whether the recipient chose Unicode
 * @param encoding     GSM7 or UCS2
 * @param segments     how many segments it takes
 * @param costEstimate segments × the configured price per segment
 * @param currency     of the estimate
 * @param provider     smpp or http, once sent
 */
public record SmsDetails(NoticeKind kind, String text, boolean unicode, String encoding, int segments,
        BigDecimal costEstimate, String currency, String provider) {

    SmsDetails via(String provider) {
        return new SmsDetails(kind, text, unicode, encoding, segments, costEstimate, currency, provider);
    }

    String describe() {
        return encoding + ", " + segments + " phần, ước tính " + costEstimate.toPlainString() + " " + currency;
    }
}
