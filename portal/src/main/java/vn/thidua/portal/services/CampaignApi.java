package vn.thidua.portal.services;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.thidua.portal.campaign.CampaignDetail;

/** campaign-service as the signed-in user: the department's movements, drafting, launching, registrations. */
@Component
public class CampaignApi {

    private static final String SERVICE = "campaign-service";

    private final ServiceClients clients;

    public CampaignApi(ServiceClients clients) {
        this.clients = clients;
    }

    /** The department's movements, drafts included (the service shows drafts to their own department only). */
    public List<CampaignDetail> ofAgency(String agency) {
        CampaignDetail[] found = Calls.call(SERVICE, () -> clients.campaign().get()
                .uri(uri -> uri.path("/api/campaigns").queryParam("agency", agency).build())
                .retrieve().body(CampaignDetail[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    public CampaignDetail get(String id) {
        return Calls.call(SERVICE, () -> clients.campaign().get().uri("/api/campaigns/{id}", id)
                .retrieve().body(CampaignDetail.class));
    }

    /** Creates a draft from the JSON body campaign-service's {@code POST /api/campaigns} takes. */
    public CampaignDetail create(Map<String, Object> draft) {
        return Calls.call(SERVICE, () -> clients.campaign().post().uri("/api/campaigns")
                .contentType(MediaType.APPLICATION_JSON).body(draft)
                .retrieve().body(CampaignDetail.class));
    }

    /** Launches a draft; a blank letter number lets the service number the letter. */
    public CampaignDetail launch(String id, String letterNumber) {
        Map<String, Object> body = letterNumber == null || letterNumber.isBlank() ? Map.of()
                : Map.of("letterNumber", letterNumber.strip());
        return Calls.call(SERVICE, () -> clients.campaign().post().uri("/api/campaigns/{id}/launch", id)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(CampaignDetail.class));
    }

    public Registrations registrations(String id) {
        return Calls.call(SERVICE, () -> clients.campaign().get().uri("/api/campaigns/{id}/registrations", id)
                .retrieve().body(Registrations.class));
    }

    /** The department's units a movement may name today (units whose validity has ended are history). */
    public List<UnitOption> unitsOf(String agency, LocalDate today) {
        AgencyUnits found = Calls.call(SERVICE, () -> clients.campaign().get().uri("/api/agencies/{code}", agency)
                .retrieve().body(AgencyUnits.class));
        if (found == null || found.units() == null) {
            return List.of();
        }
        return found.units().stream().filter(unit -> unit.validTo() == null || !unit.validTo().isBefore(today)).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgencyUnits(String code, List<UnitOption> units) {
    }

    /** A unit to tick as a participant. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitOption(String code, String name, LocalDate validTo) {
    }

    /** Who has registered for a movement, and who has not yet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Registrations(String campaignId, LocalDate registrationDeadline, List<Registered> registered,
            List<NotRegistered> notRegistered) {

        public Registrations {
            registered = registered == null ? List.of() : List.copyOf(registered);
            notRegistered = notRegistered == null ? List.of() : List.copyOf(notRegistered);
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Registered(String unitId, String unitName, String targets, java.time.Instant submittedAt) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record NotRegistered(String unitId, String name) {
        }
    }
}
