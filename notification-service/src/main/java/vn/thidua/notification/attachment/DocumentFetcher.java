package vn.thidua.notification.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches a published document (launch letter, decision) from the service that publishes it, with this
 * service's client-credentials token (Spring Security's OAuth2 client obtains and renews it). Never
 * throws for an unavailable document: the email goes without it, with its link, and the reason is
 * logged on the delivery. A document larger than the cap is not read past it. Fetched documents are
 * reused for a while (an unavailable one for a minute), so a launch to thousands of units fetches its
 * letter once.
 */
@Component
public class DocumentFetcher {

    private static final Logger log = LoggerFactory.getLogger(DocumentFetcher.class);

    private final RestClient http;
    private final AttachmentProperties properties;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private static final Duration UNAVAILABLE_TTL = Duration.ofMinutes(1);

    public DocumentFetcher(RestClient.Builder builder, OAuth2AuthorizedClientManager clients,
            AttachmentProperties properties, Clock clock) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        OAuth2ClientHttpRequestInterceptor token = new OAuth2ClientHttpRequestInterceptor(clients);
        token.setClientRegistrationIdResolver(request -> AttachmentProperties.REGISTRATION);
        this.http = builder.clone().requestFactory(requests).requestInterceptor(token).build();
        this.properties = properties;
        this.clock = clock;
    }

    public FetchedDocument fetch(DocumentRef document) {
        if (!properties.enabled()) {
            return FetchedDocument.unavailable("Không đính kèm văn bản (tắt theo cấu hình).");
        }
        Instant now = clock.instant();
        Cached cached = cache.get(document.url());
        if (cached != null && cached.until().isAfter(now)) {
            return cached.document();
        }
        FetchedDocument fetched = download(document);
        // An unavailable document is remembered too, for a shorter while: a launch's thousands of emails
        // must not each wait for a service that is down.
        Duration keep = fetched.available() ? properties.cacheTtl() : UNAVAILABLE_TTL;
        cache.entrySet().removeIf(entry -> !entry.getValue().until().isAfter(now));
        cache.put(document.url(), new Cached(fetched, now.plus(keep)));
        return fetched;
    }

    private FetchedDocument download(DocumentRef document) {
        try {
            return http.get().uri(document.url()).accept(MediaType.APPLICATION_PDF).exchange((request, response) -> {
                if (!response.getStatusCode().is2xxSuccessful()) {
                    return FetchedDocument.unavailable("Không tải được văn bản " + document.fileName() + ": máy chủ trả "
                            + response.getStatusCode().value() + ".");
                }
                MediaType type = response.getHeaders().getContentType();
                byte[] content = readAtMost(response.getBody(), properties.maxBytes());
                if (content == null) {
                    return FetchedDocument.unavailable("Văn bản " + document.fileName() + " vượt quá dung lượng đính kèm "
                            + properties.maxBytes() + " byte.");
                }
                return FetchedDocument.of(new Attachment(document.fileName(),
                        type == null ? MediaType.APPLICATION_PDF_VALUE : type.toString(), content));
            });
        } catch (RestClientException | IllegalStateException e) {
            // Unreachable service, no token (identity provider down): the link still reaches the unit.
            log.warn("Document {} not fetched: {}", document.url(), e.getMessage());
            return FetchedDocument.unavailable("Không tải được văn bản " + document.fileName() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The body, or null when it is longer than {@code max} (reading stops there). */
    private static byte[] readAtMost(InputStream body, long max) throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return content.length > max ? null : content;
    }

    private record Cached(FetchedDocument document, Instant until) {
    }
}
