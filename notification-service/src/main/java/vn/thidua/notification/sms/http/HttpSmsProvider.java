package vn.thidua.notification.sms.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.notification.sms.OutgoingSms;
import vn.thidua.notification.sms.SmsException;
import vn.thidua.notification.sms.SmsProperties;
import vn.thidua.notification.sms.SmsProvider;
import vn.thidua.notification.sms.text.SmsEncoding;

/**
 * A Brandname provider's HTTP API: one JSON POST per SMS with our client request id (also sent as
 * the {@code Idempotency-Key} header, so a retried request after a lost answer sends nothing twice),
 * the pre-registered template id, the brand name and the text. The API key goes as a bearer token and
 * is never logged. 2xx (and 409, "this request id was taken already") is accepted; other 4xx are
 * permanent refusals; 5xx, 429 and network faults are worth another try. Delivery reports come back
 * to {@code POST /api/sms/delivery-reports}.
 *
 * <p>Request: {@code {"clientRequestId","to","brandName","templateId","text","unicode","segments"}};
 * answer: {@code {"messageId": "…"}}.
 */
public class HttpSmsProvider implements SmsProvider {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SmsProperties.Http api;
    private final String brandName;
    private final HttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public HttpSmsProvider(SmsProperties properties) {
        this.api = properties.http();
        this.brandName = properties.brandName();
        if (api.url() == null || api.url().isBlank()) {
            throw new IllegalStateException("thidua.notification.sms.http.url is required for the HTTP SMS provider");
        }
        this.client = HttpClient.newBuilder().connectTimeout(api.timeout()).build();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public List<String> submit(OutgoingSms sms) throws SmsException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientRequestId", sms.clientRequestId());
        body.put("to", sms.to());
        body.put("brandName", brandName);
        body.put("templateId", api.templateFor(sms.kind()));
        body.put("text", sms.text().text());
        body.put("unicode", sms.text().encoding() == SmsEncoding.UCS2);
        body.put("segments", sms.text().segments());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url()))
                .timeout(api.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .header(IDEMPOTENCY_KEY, sms.clientRequestId())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (api.apiKey() != null && !api.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + api.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsException("Nhà cung cấp SMS không trả lời: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("Gửi SMS bị ngắt", false, e);
        }
        int status = response.statusCode();
        if (status / 100 == 2 || status == 409) {
            return List.of(messageId(response.body(), sms.clientRequestId()));
        }
        boolean permanent = status / 100 == 4 && status != 408 && status != 429;
        throw new SmsException("Nhà cung cấp SMS trả về HTTP " + status + ": " + abbreviate(response.body()), permanent);
    }

    /** The provider's id, or our own when it gives none (reports then name our client request id). */
    private String messageId(String body, String clientRequestId) {
        try {
            JsonNode answer = json.readTree(body == null || body.isBlank() ? "{}" : body);
            String id = answer.path("messageId").asString("");
            return id.isBlank() ? clientRequestId : id;
        } catch (RuntimeException unreadable) {
            return clientRequestId;
        }
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
