package vn.thidua.notification.sms;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.sms.text.QuietHours;

/**
 * {@code thidua.notification.sms.*}. Credentials (SMPP password, HTTP API key, callback secret) come
 * from the environment ({@code THIDUA_NOTIFICATION_SMS_SMPP_PASSWORD}, …) and are never logged: the
 * records' {@code toString} leave them out.
 *
 * @param provider        smpp, http or none (SMS off: recipients who chose SMS only get email)
 * @param brandName       the registered sender name (Brandname) shown to recipients
 * @param kinds           which notices go by SMS to recipients who enabled it; launches are email only
 *                        unless added here
 * @param pricePerSegment the estimated price of one segment, recorded on each SMS delivery
 * @param currency        of the price
 * @param receiptTimeout  an SMS with no successful delivery receipt by then has failed (falls back to email)
 * @param quietHours      the default quiet hours of a recipient who set none
 * @param sweepInterval   how often scheduled SMS and overdue receipts are looked at
 */
@ConfigurationProperties("thidua.notification.sms")
public record SmsProperties(
        @DefaultValue("none") Provider provider,
        @DefaultValue("THIDUA") String brandName,
        @DefaultValue({ "REPORT_DUE", "REPORT_OVERDUE", "AWARD_DECIDED" }) Set<NoticeKind> kinds,
        @DefaultValue("850") BigDecimal pricePerSegment,
        @DefaultValue("VND") String currency,
        @DefaultValue("30m") Duration receiptTimeout,
        @DefaultValue Hours quietHours,
        @DefaultValue("15s") Duration sweepInterval,
        @DefaultValue Smpp smpp,
        @DefaultValue Http http,
        @DefaultValue Sink sink) {

    public enum Provider {
        SMPP, HTTP, NONE
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    public boolean sendsBySms(NoticeKind kind) {
        return enabled() && kinds.contains(kind);
    }

    public QuietHours defaultQuietHours() {
        return new QuietHours(quietHours.start(), quietHours.end());
    }

    /** The default quiet hours, in the service's time zone ({@code thidua.notification.time-zone}). */
    public record Hours(@DefaultValue("21:00") LocalTime start, @DefaultValue("07:00") LocalTime end) {
    }

    /**
     * The SMPP account: bind as transceiver to {@code host:port}; reconnect with backoff from
     * {@code reconnectInitial} doubling to {@code reconnectMax}.
     */
    public record Smpp(@DefaultValue("localhost") String host, @DefaultValue("2775") int port,
            @DefaultValue("thidua") String systemId, String password, @DefaultValue("") String systemType,
            @DefaultValue("10s") Duration responseTimeout, @DefaultValue("1s") Duration reconnectInitial,
            @DefaultValue("60s") Duration reconnectMax, @DefaultValue("30s") Duration enquireLink) {

        @Override
        public String toString() {
            return "Smpp[" + systemId + "@" + host + ":" + port + "]";
        }
    }

    /**
     * The provider's HTTP API: {@code POST url} with the API key as a bearer token; templates map a
     * notice kind (REPORT_DUE…) to the provider's pre-registered template id; delivery reports come
     * back signed with {@code callbackSecret} (HMAC-SHA256 of the body).
     */
    public record Http(String url, String apiKey, @DefaultValue("10s") Duration timeout, Map<String, String> templates,
            String callbackSecret) {

        public Http {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
        }

        public String templateFor(NoticeKind kind) {
            return templates.getOrDefault(kind.name(), kind.template());
        }

        @Override
        public String toString() {
            return "Http[" + url + "]";
        }
    }

    /**
     * The local SMPP server sink (development stand-in): listens on {@code port}, accepts any bind,
     * answers submit_sm and sends delivery receipts after {@code receiptDelay}: UNDELIV for numbers
     * starting with one of {@code undeliverablePrefixes}, none at all for {@code silentPrefixes},
     * a rejected submit_sm (invalid destination) for {@code rejectedPrefixes}, else DELIVRD.
     */
    public record Sink(@DefaultValue("false") boolean enabled, @DefaultValue("2775") int port,
            @DefaultValue("200ms") Duration receiptDelay, @DefaultValue("8499") List<String> undeliverablePrefixes,
            @DefaultValue("8498") List<String> silentPrefixes, @DefaultValue("8497") List<String> rejectedPrefixes,
            @DefaultValue("1000") int keep) {
    }
}
