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

    /** The department's movements with their letters' approval, for the leader (drafts included). */
    public List<LetterState> lettersOf(String agency) {
        LetterState[] found = Calls.call(SERVICE, () -> clients.campaign().get()
                .uri(uri -> uri.path("/api/campaigns").queryParam("agency", agency).build())
                .retrieve().body(LetterState[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** A leader approves a draft's letter: numbered, dated, rendered and signed with the agency's certificate. */
    public LetterState approveLetter(String id) {
        return Calls.call(SERVICE, () -> clients.campaign().post().uri("/api/campaigns/{id}/letter/approve", id)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .retrieve().body(LetterState.class));
    }

    /** The signed letter verified by campaign-service. */
    public Signature signature(String id) {
        return Calls.call(SERVICE, () -> clients.campaign().get().uri("/api/campaigns/{id}/letter/signature", id)
                .retrieve().body(Signature.class));
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

    /** A movement and where its launch letter stands: numbered, approved and signed by a leader, or not yet. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LetterState(String id, String title, String status, String letterNumber, LocalDate letterDate,
            LocalDate periodStart, LocalDate periodEnd, LetterApproval letterApproval) {

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }

        public boolean isSigned() {
            return letterApproval != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LetterApproval(String approvedBy, String approverName, java.time.Instant approvedAt,
            String signerSubject, boolean selfSigned, String notice) {
    }

    /** The signature check of a signed letter: valid or not, by whom, when, and what is wrong if anything. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(String campaignId, String letterNumber, boolean valid, boolean coversWholeDocument,
            boolean digestMatches, boolean signatureValid, String signerSubject, String issuerSubject,
            java.time.Instant signedAt, boolean selfSigned, String notice, String approverName, boolean matchesLetter,
            List<String> problems) {

        public Signature {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        /** Valid and still the letter the movement says: what a reader may rely on. */
        public boolean trustworthy() {
            return valid && matchesLetter;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgencyUnits(String code, List<UnitOption> units) {
    }

    /** The directory's agencies, for the dashboard's filter. */
    public List<AgencyOption> agencies() {
        AgencyOption[] found = Calls.call(SERVICE, () -> clients.campaign().get().uri("/api/agencies")
                .retrieve().body(AgencyOption[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgencyOption(String code, String name) {
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
