package vn.thidua.portal.decision;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import vn.thidua.portal.config.ServicesProperties;

/**
 * The published commendation decisions, read from award-service WITHOUT the visitor's token: the
 * public page shows what everyone may see, the same for a signed-in officer as for a visitor.
 */
@Component
public class PublishedDecisions {

    private static final Logger log = LoggerFactory.getLogger(PublishedDecisions.class);

    private final RestClient awardService;

    public PublishedDecisions(RestClient.Builder builder, ServicesProperties services) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(services.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(services.readTimeout());
        this.awardService = builder.clone()
                .baseUrl(services.awardUrl().toString())
                .requestFactory(requestFactory)
                .build();
    }

    /** The decisions, latest first; null when award-service cannot be asked (the page says so). */
    public List<Decision> latest(String campaignId) {
        try {
            Decision[] found = awardService.get().uri(uri -> uri.path("/api/nominations")
                            .queryParam("status", "DECIDED")
                            .queryParamIfPresent("campaignId", java.util.Optional.ofNullable(campaignId).filter(id -> !id.isBlank()))
                            .build())
                    .retrieve().body(Decision[].class);
            return found == null ? List.of() : Arrays.stream(found)
                    .filter(decision -> decision.decisionNumber() != null)
                    .sorted(Comparator.comparing(Decision::decisionDate, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        } catch (RestClientException e) {
            log.warn("award-service unavailable: {}", e.getMessage());
            return null;
        }
    }

    /** A decided nomination as published: who was commended with what, under which decision, signed by whom. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String id, String campaignId, String nomineeKind, String unitName, String nomineeName,
            String formName, Integer year, String decisionNumber, LocalDate decisionDate, String signerName,
            String signerTitle) {

        public boolean isIndividual() {
            return "INDIVIDUAL".equals(nomineeKind);
        }
    }
}
