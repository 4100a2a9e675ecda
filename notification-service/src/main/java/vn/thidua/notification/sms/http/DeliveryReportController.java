package vn.thidua.notification.sms.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.sms.SmsDeliveries;
import vn.thidua.notification.sms.SmsProperties;

/**
 * The HTTP provider's delivery reports. Not called by a user, so no bearer token: the provider signs
 * the raw body with the shared secret ({@code thidua.notification.sms.http.callback-secret}),
 * HMAC-SHA256 in hex, header {@code X-Signature: sha256=<hex>}. Without a configured secret every
 * report is refused. Body: {@code {"clientRequestId","messageId","status":"DELIVERED"|"FAILED"|…,"error"}}.
 */
@RestController
@RequestMapping("/api/sms/delivery-reports")
@Tag(name = "Báo cáo phát tin nhắn", description = "Delivery reports from the SMS provider, signed with a shared secret")
public class DeliveryReportController {

    public static final String SIGNATURE_HEADER = "X-Signature";
    private static final String PREFIX = "sha256=";

    private final SmsDeliveries deliveries;
    private final SmsProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    public DeliveryReportController(SmsDeliveries deliveries, SmsProperties properties) {
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Records a delivery report (DELIVERED, or a failure that sends the email instead); "
            + "authenticated by the HMAC-SHA256 of the body with the shared secret, not by a user token")
    ResponseEntity<Void> report(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
            @RequestBody byte[] body) {
        verify(signature, body);
        JsonNode report;
        try {
            report = json.readTree(body);
        } catch (RuntimeException unreadable) {
            throw DomainException.invalid("invalid-report", "Báo cáo phát không đọc được.");
        }
        String clientRequestId = report.path("clientRequestId").asString("");
        String status = report.path("status").asString("").toUpperCase(Locale.ROOT);
        if (clientRequestId.isBlank() || status.isBlank()) {
            throw DomainException.invalid("invalid-report", "Báo cáo phát thiếu clientRequestId hoặc status.");
        }
        if (status.equals("ENROUTE") || status.equals("ACCEPTED") || status.equals("PENDING")) {
            return ResponseEntity.noContent().build();
        }
        boolean delivered = status.equals("DELIVERED") || status.equals("DELIVRD");
        String error = report.path("error").asString("");
        deliveries.receiptForRequest(clientRequestId, delivered, status + (error.isBlank() ? "" : " (" + error + ")"));
        return ResponseEntity.noContent().build();
    }

    private void verify(String signature, byte[] body) {
        String secret = properties.http().callbackSecret();
        if (secret == null || secret.isBlank() || signature == null || !signature.startsWith(PREFIX)) {
            throw new InvalidSignature();
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            throw new InvalidSignature();
        }
        if (!MessageDigest.isEqual(sign(secret, body), given)) {
            throw new InvalidSignature();
        }
    }

    /** HMAC-SHA256 of the body with the secret: what the provider puts in {@value #SIGNATURE_HEADER}. */
    public static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** 401 problem {@code invalid-signature}: no secret configured, no signature, or a wrong one. */
    static final class InvalidSignature extends DomainException {

        InvalidSignature() {
            super(HttpStatus.UNAUTHORIZED, "invalid-signature", "Báo cáo phát không có chữ ký hợp lệ.");
        }
    }
}
