package vn.thidua.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * award-service as the signed-in user (or anonymously for a visitor): nominations and decisions,
 * the rule sets' "council required" flags, and council sessions with their ballots. The service
 * decides who sees and may do what; a secret ballot's choices never reach the portal before the
 * session closes, because the service does not send them.
 */
@Component
public class AwardApi {

    private static final String SERVICE = "award-service";

    private final ServiceClients clients;

    public AwardApi(ServiceClients clients) {
        this.clients = clients;
    }

    /** Nominations the caller may see, optionally of one status; visitors get the published decisions only. */
    public List<Nomination> nominations(String status) {
        Nomination[] found = Calls.call(SERVICE, () -> clients.award().get()
                .uri(uri -> uri.path("/api/nominations").queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                        .build())
                .retrieve().body(Nomination[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    public Nomination nomination(String id) {
        return Calls.call(SERVICE, () -> clients.award().get().uri("/api/nominations/{id}", id)
                .retrieve().body(Nomination.class));
    }

    /**
     * Decides a nomination; the signer is the person the decision names (the audit records who called).
     * A leader's decision is rendered and signed before it is stored, so it may take the signing timeout.
     */
    public Nomination decide(String id, String signerName, String signerTitle, LocalDate decisionDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signerName", signerName == null ? "" : signerName.strip());
        body.put("signerTitle", signerTitle == null ? "" : signerTitle.strip());
        if (decisionDate != null) {
            body.put("decisionDate", decisionDate.toString());
        }
        return Calls.call(SERVICE, () -> clients.awardSigning().post().uri("/api/nominations/{id}/decide", id)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(Nomination.class));
    }

    /** Nominates a collective or a person from the JSON body award-service's {@code POST /api/nominations} takes. */
    public Nomination nominate(Map<String, Object> request) {
        return Calls.call(SERVICE, () -> clients.award().post().uri("/api/nominations")
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(Nomination.class));
    }

    /** Resubmits a returned dossier (or submits a draft), with the grounds the unit amended; empty keeps them. */
    public Nomination submit(String id, Map<String, Object> amendment) {
        return nominationStep("/api/nominations/{id}/submit", id, amendment);
    }

    /** The office acknowledges receipt of a submitted dossier (tiếp nhận). */
    public Nomination receive(String id) {
        return nominationStep("/api/nominations/{id}/receive", id, Map.of());
    }

    /** The office returns a received dossier to the unit, one reason per line. */
    public Nomination returnToUnit(String id, List<String> reasons) {
        return nominationStep("/api/nominations/{id}/return", id, Map.of("reasons", reasons));
    }

    /**
     * The office accepts a received dossier; eligibility and quota are judged again, and a refusal
     * ({@code 422 appraisal-failed}) lists every unmet criterion in the problem's errors.
     */
    public Nomination accept(String id) {
        return nominationStep("/api/nominations/{id}/accept", id, Map.of());
    }

    private Nomination nominationStep(String path, String id, Map<String, ?> body) {
        return Calls.call(SERVICE, () -> clients.award().post().uri(path, id)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(Nomination.class));
    }

    /** The titles and commendation forms a unit may propose, with their Vietnamese names. */
    public List<Form> forms() {
        Form[] found = Calls.call(SERVICE, () -> clients.award().get().uri("/api/forms").retrieve().body(Form[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** The published nominee lists (công khai), latest first: public. */
    public List<Disclosure> disclosures() {
        Disclosure[] found = Calls.call(SERVICE, () -> clients.award().get().uri("/api/disclosures")
                .retrieve().body(Disclosure[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    public Disclosure disclosure(String id) {
        return Calls.call(SERVICE, () -> clients.award().get().uri("/api/disclosures/{id}", id)
                .retrieve().body(Disclosure.class));
    }

    /**
     * Lodges an objection to a published list, on behalf of the visitor at {@code visitorAddress}:
     * the address goes as {@code X-Forwarded-For}, so the service's per-address limit counts the
     * visitor, not the portal.
     */
    public void object(String disclosureId, Map<String, Object> objection, String visitorAddress) {
        Calls.call(SERVICE, () -> clients.award().post().uri("/api/disclosures/{id}/objections", disclosureId)
                .header("X-Forwarded-For", visitorAddress)
                .contentType(MediaType.APPLICATION_JSON).body(objection).retrieve().toBodilessEntity());
    }

    /** For each rule set version (by id), the forms that only a council's approval makes decidable. */
    public Map<String, Set<String>> councilRequiredForms() {
        RuleSet[] found = Calls.call(SERVICE, () -> clients.award().get().uri("/api/rule-sets")
                .retrieve().body(RuleSet[].class));
        Map<String, Set<String>> byRuleSet = new HashMap<>();
        for (RuleSet ruleSet : found == null ? new RuleSet[0] : found) {
            Set<String> forms = new HashSet<>();
            ruleSet.forms().stream().filter(FormRule::councilRequired).forEach(rule -> forms.add(rule.code()));
            byRuleSet.put(ruleSet.id(), forms);
        }
        return byRuleSet;
    }

    public List<Session> sessions() {
        Session[] found = Calls.call(SERVICE, () -> clients.award().get().uri("/api/council-sessions")
                .retrieve().body(Session[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    public Session session(String id) {
        return Calls.call(SERVICE, () -> clients.award().get().uri("/api/council-sessions/{id}", id)
                .retrieve().body(Session.class));
    }

    /** Schedules a session from the JSON body award-service's {@code POST /api/council-sessions} takes. */
    public Session schedule(Map<String, Object> request) {
        return Calls.call(SERVICE, () -> clients.award().post().uri("/api/council-sessions")
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(Session.class));
    }

    public Session open(String id, List<String> present) {
        return post("/api/council-sessions/{id}/open", Map.of("present", present), id);
    }

    public Session close(String id) {
        return post("/api/council-sessions/{id}/close", Map.of(), id);
    }

    public Session vote(String id, String nominationId, String choice) {
        return post("/api/council-sessions/{id}/items/{nomination}/votes", Map.of("choice", choice), id, nominationId);
    }

    public Session recuse(String id, String nominationId, String reason) {
        return post("/api/council-sessions/{id}/items/{nomination}/recusals",
                Map.of("reason", reason == null ? "" : reason.strip()), id, nominationId);
    }

    public Session writtenVote(String id, String nominationId, String member, String choice, String formReference) {
        return post("/api/council-sessions/{id}/items/{nomination}/written-votes", Map.of(
                "member", member == null ? "" : member,
                "choice", choice == null ? "" : choice,
                "formReference", formReference == null ? "" : formReference.strip()), id, nominationId);
    }

    private Session post(String path, Map<String, ?> body, Object... variables) {
        return Calls.call(SERVICE, () -> clients.award().post().uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(Session.class));
    }

    /**
     * A nomination as the portal shows it: the nominee, the form, the dossier's grounds for those who
     * may read them, and the decision once taken. Visitors get the published fields only.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /** A file the unit uploaded to the dossier: which required item it is, and its name and size. */
    public record DossierFile(String id, String item, String fileName, long size) {
    }

    public record Nomination(String id, String campaignId, String nomineeKind, String unitId, String unitName,
            String issuingAgency, String nomineeName, String form, String formName, String reason, Integer year,
            boolean excellentDuty, Innovation innovation, Members members, String ruleSetId, String status,
            String statusName, String decisionNumber, LocalDate decisionDate, String signerName, String signerTitle,
            Instant nominatedAt, String councilSessionId, CouncilOutcome councilOutcome, List<Evidence> evidence,
            List<ReturnNote> returns, List<DossierFile> dossier) {

        public static final String DECIDED = "DECIDED";
        public static final String COUNCIL_APPROVED = "COUNCIL_APPROVED";
        public static final String ACCEPTED = "ACCEPTED";
        /** Where a form that needs no council may be decided from. */
        public static final Set<String> DIRECTLY_DECIDABLE = Set.of("SUBMITTED", "RECEIVED", "ACCEPTED", COUNCIL_APPROVED);

        public static final String SUBMITTED = "SUBMITTED";
        public static final String RECEIVED = "RECEIVED";
        public static final String RETURNED = "RETURNED";
        /** What the office still has to appraise: dossiers sent in and not yet accepted or returned. */
        public static final Set<String> AWAITING_APPRAISAL = Set.of(SUBMITTED, RECEIVED);

        public Nomination {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            returns = returns == null ? List.of() : List.copyOf(returns);
            dossier = dossier == null ? List.of() : List.copyOf(dossier);
        }

        /** A nomination without uploaded dossier files. */
        public Nomination(String id, String campaignId, String nomineeKind, String unitId, String unitName,
                String issuingAgency, String nomineeName, String form, String formName, String reason, Integer year,
                boolean excellentDuty, Innovation innovation, Members members, String ruleSetId, String status,
                String statusName, String decisionNumber, LocalDate decisionDate, String signerName, String signerTitle,
                Instant nominatedAt, String councilSessionId, CouncilOutcome councilOutcome, List<Evidence> evidence,
                List<ReturnNote> returns) {
            this(id, campaignId, nomineeKind, unitId, unitName, issuingAgency, nomineeName, form, formName, reason, year,
                    excellentDuty, innovation, members, ruleSetId, status, statusName, decisionNumber, decisionDate,
                    signerName, signerTitle, nominatedAt, councilSessionId, councilOutcome, evidence, returns, List.of());
        }

        /** Where a signed-in browser reads one of the nomination's documents: award-service through the gateway. */
        public String documentLink(String document) {
            return "/api/award/nominations/" + id + "/" + document;
        }

        /** A nomination as read before the dossier's returns were shown (no returns). */
        public Nomination(String id, String campaignId, String nomineeKind, String unitId, String unitName,
                String issuingAgency, String nomineeName, String form, String formName, String reason, Integer year,
                boolean excellentDuty, Innovation innovation, Members members, String ruleSetId, String status,
                String statusName, String decisionNumber, LocalDate decisionDate, String signerName, String signerTitle,
                Instant nominatedAt, String councilSessionId, CouncilOutcome councilOutcome, List<Evidence> evidence) {
            this(id, campaignId, nomineeKind, unitId, unitName, issuingAgency, nomineeName, form, formName, reason, year,
                    excellentDuty, innovation, members, ruleSetId, status, statusName, decisionNumber, decisionDate,
                    signerName, signerTitle, nominatedAt, councilSessionId, councilOutcome, evidence, List.of(), List.of());
        }

        public boolean isReceived() {
            return RECEIVED.equals(status);
        }

        public boolean isSubmitted() {
            return SUBMITTED.equals(status);
        }

        public boolean isReturned() {
            return RETURNED.equals(status);
        }

        /** The office's latest return (the reasons the unit is to answer), or null if never returned. */
        public ReturnNote latestReturn() {
            return returns.isEmpty() ? null : returns.getLast();
        }

        public boolean isIndividual() {
            return "INDIVIDUAL".equals(nomineeKind);
        }

        /** Who is commended: the person (of their unit) or the unit itself. */
        public String nominee() {
            return isIndividual() && nomineeName != null ? nomineeName : unitName != null ? unitName : unitId;
        }
    }

    /** The office sent the dossier back to the unit (trả lại hồ sơ) for these reasons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReturnNote(List<String> reasons, String returnedBy, Instant returnedAt) {

        public ReturnNote {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Innovation(String title, String recognisedBy, String scope) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Members(int total, int ldtt, int cstdcs, int completedDuties) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CouncilOutcome(String sessionId, boolean passed, int approvals, int denominator, String summary) {
    }

    /** One of the unit's submitted reports attached to the dossier. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String reportId, String period, int version, boolean late, String summary) {
    }

    /** A title or commendation form; {@code nomineeKinds}: COLLECTIVE, INDIVIDUAL or both. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Form(String code, String name, String category, Set<String> nomineeKinds) {

        public Form {
            nomineeKinds = nomineeKinds == null ? Set.of() : Set.copyOf(nomineeKinds);
        }

        public boolean forCollectives() {
            return nomineeKinds.contains("COLLECTIVE");
        }

        public boolean forIndividuals() {
            return nomineeKinds.contains("INDIVIDUAL");
        }
    }

    /** A published nominee list: its window, whether objections are still taken, how many came. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Disclosure(String id, String agency, String title, List<DisclosedNominee> items, LocalDate publishedOn,
            int workingDays, LocalDate endsOn, LocalDate votingFrom, boolean open, long objections) {

        public Disclosure {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DisclosedNominee(String nominationId, String nominee, String unitName, String formName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RuleSet(String id, List<FormRule> forms) {

        RuleSet {
            forms = forms == null ? List.of() : List.copyOf(forms);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormRule(String code, boolean councilRequired) {
    }

    /** A council session: roster, attendance, agenda with each ballot, and the results once closed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(String id, String agency, String title, LocalDateTime meetingAt, String place,
            List<Member> members, Share quorum, String status, String statusName, List<String> present,
            List<Item> agenda, List<Result> results, Instant openedAt, Instant closedAt) {

        public static final String SCHEDULED = "SCHEDULED";
        public static final String OPEN = "OPEN";
        public static final String CLOSED = "CLOSED";

        public Session {
            members = members == null ? List.of() : List.copyOf(members);
            present = present == null ? List.of() : List.copyOf(present);
            agenda = agenda == null ? List.of() : List.copyOf(agenda);
            results = results == null ? List.of() : List.copyOf(results);
        }

        public boolean isScheduled() {
            return SCHEDULED.equals(status);
        }

        public boolean isOpen() {
            return OPEN.equals(status);
        }

        public boolean isClosed() {
            return CLOSED.equals(status);
        }

        public boolean sitsOn(String username) {
            return members.stream().anyMatch(member -> member.username().equals(username));
        }

        public boolean isPresent(String username) {
            return present.contains(username);
        }

        /** The roster's members not at the meeting: they may vote in writing. */
        public List<Member> absent() {
            return members.stream().filter(member -> !present.contains(member.username())).toList();
        }

        public String chairName() {
            return members.stream().filter(Member::chair).map(Member::fullName).findFirst().orElse(null);
        }

        public Result resultOf(String nominationId) {
            return results.stream().filter(result -> result.nominationId().equals(nominationId)).findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String username, String fullName, boolean chair) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Share(int numerator, int denominator, boolean strict) {

        /** As people write it: "90%", "2/3", "trên 50%". */
        public String label() {
            String value = denominator == 100 ? numerator + "%" : numerator + "/" + denominator;
            return strict ? "trên " + value : value;
        }
    }

    /** One agenda item and its ballot: who has voted (markers), how many papers, recusals, written votes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(AgendaItem item, boolean secret, List<String> voted, int ballotsCast, List<Recusal> recusals,
            List<WrittenVote> writtenVotes) {

        public Item {
            voted = voted == null ? List.of() : List.copyOf(voted);
            recusals = recusals == null ? List.of() : List.copyOf(recusals);
            writtenVotes = writtenVotes == null ? List.of() : List.copyOf(writtenVotes);
        }

        public String nominationId() {
            return item.nominationId();
        }

        public boolean hasVoted(String username) {
            return voted.contains(username);
        }

        public boolean hasRecused(String username) {
            return recusals.stream().anyMatch(recusal -> recusal.member().equals(username));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgendaItem(String nominationId, String nominee, String form, String formName, VoteRule vote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VoteRule(Share share, String base, boolean secret) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recusal(String member, String reason, Instant at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WrittenVote(String member, String formReference, String recordedBy) {
    }

    /** The counted result of one item, as the minutes print it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String nominationId, String nominee, String formName, boolean secret, int approvals,
            int rejections, int ballotsCast, int recused, int denominator, String base, String requiredShare,
            boolean passed, String tallyDigest, String summary) {
    }
}
