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

    /** Closes a launched movement (kết thúc): no more registrations or reports are expected. */
    public CampaignDetail close(String id) {
        return Calls.call(SERVICE, () -> clients.campaign().post().uri("/api/campaigns/{id}/close", id)
                .retrieve().body(CampaignDetail.class));
    }

    /** The department's movements with their letters' approval, for the leader (drafts included). */
    public List<LetterState> lettersOf(String agency) {
        LetterState[] found = Calls.call(SERVICE, () -> clients.campaign().get()
                .uri(uri -> uri.path("/api/campaigns").queryParam("agency", agency).build())
                .retrieve().body(LetterState[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    /**
     * A leader approves a draft's letter: numbered, dated, rendered and signed with the agency's certificate
     * (so it may take the signing timeout).
     */
    public LetterState approveLetter(String id) {
        return Calls.call(SERVICE, () -> clients.campaignSigning().post().uri("/api/campaigns/{id}/letter/approve", id)
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

    /** The launched movements the unit takes part in, newest first (the published list, filtered here). */
    public List<CampaignDetail> launchedFor(String unitId) {
        CampaignDetail[] found = Calls.call(SERVICE, () -> clients.campaign().get()
                .uri(uri -> uri.path("/api/campaigns").queryParam("status", CampaignDetail.LAUNCHED).build())
                .retrieve().body(CampaignDetail[].class));
        return found == null ? List.of()
                : Arrays.stream(found).filter(movement -> movement.hasParticipant(unitId)).toList();
    }

    /**
     * Registers a participating unit's targets and titles for a launched movement (đăng ký thi đua):
     * {@code {"unitId","targets","titles":[…],"individuals":[{"name","titles":[…]}]}}.
     */
    public void register(String campaignId, Map<String, Object> registration) {
        Calls.call(SERVICE, () -> clients.campaign().post().uri("/api/campaigns/{id}/registrations", campaignId)
                .contentType(MediaType.APPLICATION_JSON).body(registration).retrieve().toBodilessEntity());
    }

    /**
     * Reads a pasted launch letter; with {@code create} also creates the caller's department's draft
     * movement from it, {@code options} (kind, period, deadlines, participants) filling what a letter
     * does not say.
     */
    public LetterDraft readLetter(String text, boolean create, Map<String, String> options) {
        return Calls.call(SERVICE, () -> clients.campaign().post().uri(uri -> {
            uri.path("/api/campaigns/drafts/from-letter").queryParam("create", create);
            options.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    uri.queryParam(name, value.strip());
                }
            });
            return uri.build();
        }).contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(text).retrieve().body(LetterDraft.class));
    }

    /** What campaign-service read from a letter, field by field, and the draft when one was created. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LetterDraft(LetterReading reading, CreatedDraft draft, List<String> assumptions) {

        public LetterDraft {
            assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreatedDraft(String id, String title) {
    }

    /**
     * The fields of a letter as read: each is found (with its value) or missing (with a note of what
     * was looked for). Values are kept as JSON-neutral objects; the page prints them.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LetterReading(Field parentBody, Field issuer, Field documentType, Field number, Field symbol,
            Field place, Field date, Field year, Field subject, Field addressees, Field parentPlans, Field theme,
            Field contents, Field recipients, Field signerAuthority, Field signerTitle, Field signerName) {

        /** The fields in the order of a letter, by the message key naming each. */
        public Map<String, Field> fields() {
            Map<String, Field> fields = new java.util.LinkedHashMap<>();
            fields.put("parentBody", parentBody);
            fields.put("issuer", issuer);
            fields.put("documentType", documentType);
            fields.put("number", number);
            fields.put("symbol", symbol);
            fields.put("place", place);
            fields.put("date", date);
            fields.put("subject", subject);
            fields.put("addressees", addressees);
            fields.put("parentPlans", parentPlans);
            fields.put("theme", theme);
            fields.put("contents", contents);
            fields.put("signerTitle", signerTitle);
            fields.put("signerName", signerName);
            fields.values().removeIf(java.util.Objects::isNull);
            return fields;
        }
    }

    /** One field read from a letter: found with its value, or missing with a note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(Object value, boolean found, String note) {

        /** The value as lines to print: a list's items (a content's number and text, a plan's citation), or the one value. */
        public List<String> lines() {
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> items) {
                return items.stream().map(Field::line).toList();
            }
            return List.of(line(value));
        }

        private static String line(Object item) {
            if (item instanceof Map<?, ?> map) {
                if (map.get("citation") != null) {
                    return String.valueOf(map.get("citation"));
                }
                if (map.get("number") != null && map.get("text") != null) {
                    return map.get("number") + ". " + map.get("text");
                }
                return map.values().stream().filter(java.util.Objects::nonNull).map(String::valueOf).findFirst().orElse("");
            }
            String text = String.valueOf(item);
            // Dates come as ISO days (2021-10-05); people read them as 05/10/2021.
            return ISO_DAY.matcher(text).matches()
                    ? text.substring(8, 10) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4) : text;
        }

        private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
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
        public record Registered(String unitId, String unitName, String targets, List<String> titles,
                List<Individual> individuals, java.time.Instant submittedAt) {

            public Registered {
                titles = titles == null ? List.of() : List.copyOf(titles);
                individuals = individuals == null ? List.of() : List.copyOf(individuals);
            }
        }

        /** A person of the unit and the individual titles they register for. */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Individual(String name, List<String> titles) {

            public Individual {
                titles = titles == null ? List.of() : List.copyOf(titles);
            }
        }

        /** The unit's own registration, if it has registered. */
        public java.util.Optional<Registered> of(String unitId) {
            return registered.stream().filter(registration -> registration.unitId().equals(unitId)).findFirst();
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record NotRegistered(String unitId, String name) {
        }
    }
}
