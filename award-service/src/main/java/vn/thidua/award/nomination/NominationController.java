package vn.thidua.award.nomination;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.thidua.award.dossier.DossierIncomplete;
import vn.thidua.award.rules.Claim;
import vn.thidua.award.rules.Innovation;
import vn.thidua.award.rules.InnovationScope;
import vn.thidua.award.rules.Members;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/nominations")
@Tag(name = "Đề nghị khen thưởng", description = "Nominations of collectives and individuals, and their decisions")
class NominationController {

    private static final String REQUIRED = "không được để trống";

    /**
     * The nominee name counts for individuals; a collective is the unit, named as the movement names
     * it. {@code year} is the year the achievement is for (this year by default); the grounds of a
     * title: {@code excellentDuty} and {@code innovation} for individuals, {@code members} for collectives.
     */
    record NominateRequest(
            @NotBlank(message = REQUIRED) @Size(max = 100) String campaignId,
            @NotBlank(message = REQUIRED) @Size(max = 100) String unitId,
            @NotNull(message = REQUIRED) NomineeKind nomineeKind,
            @Size(max = 200) String nomineeName,
            @NotBlank(message = REQUIRED) @Size(max = 100) String form,
            @NotBlank(message = REQUIRED) @Size(max = 4000) String reason,
            @Min(value = 1945, message = "phải từ năm 1945") @Max(value = 9999, message = "không hợp lệ") Integer year,
            Boolean excellentDuty,
            @Valid InnovationRequest innovation,
            @Valid MembersRequest members,
            Boolean draft) {

        Claim claim() {
            return claimOf(year, excellentDuty, innovation, members);
        }
    }

    static Claim claimOf(Integer year, Boolean excellentDuty, InnovationRequest innovation, MembersRequest members) {
        return new Claim(year, Boolean.TRUE.equals(excellentDuty),
                innovation == null ? null
                        : new Innovation(innovation.title().strip(), innovation.recognisedBy().strip(),
                                innovation.scope()),
                members == null ? null
                        : new Members(members.total(), members.ldtt(), members.cstdcs(), members.completedDuties()));
    }

    /** An innovation (sáng kiến): its name, who recognised it, and how far it applies. */
    record InnovationRequest(
            @NotBlank(message = REQUIRED) @Size(max = 500) String title,
            @NotBlank(message = REQUIRED) @Size(max = 300) String recognisedBy,
            @NotNull(message = REQUIRED) InnovationScope scope) {
    }

    /** A collective's members: in all, Lao động tiên tiến, Chiến sĩ thi đua cơ sở, who completed their duties. */
    record MembersRequest(
            @NotNull(message = REQUIRED) @Min(value = 1, message = "phải từ 1 trở lên") Integer total,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "không được âm") Integer ldtt,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "không được âm") Integer cstdcs,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "không được âm") Integer completedDuties) {
    }

    /**
     * What the unit changes when submitting a draft or resubmitting a returned dossier; every field is
     * optional. Any of the grounds given replaces the grounds as a whole; none keeps them.
     */
    record SubmitRequest(
            @Size(max = 4000) String reason,
            Boolean excellentDuty,
            @Valid InnovationRequest innovation,
            @Valid MembersRequest members) {

        Nomination.Amendment amendment() {
            boolean grounds = excellentDuty != null || innovation != null || members != null;
            return new Nomination.Amendment(reason, grounds ? claimOf(null, excellentDuty, innovation, members) : null);
        }
    }

    /** Why the dossier goes back to the unit: one reason a line. */
    record ReturnRequest(
            @NotEmpty(message = REQUIRED) @Size(max = 20) List<@NotBlank(message = REQUIRED) @Size(max = 1000) String> reasons) {
    }

    /** The decision date defaults to today in Vietnam. */
    record DecideRequest(
            @NotBlank(message = REQUIRED) @Size(max = 200) String signerName,
            @NotBlank(message = REQUIRED) @Size(max = 200) String signerTitle,
            LocalDate decisionDate) {
    }

    private final NominationService nominations;
    private final CurrentActor actor;

    NominationController(NominationService nominations, CurrentActor actor) {
        this.nominations = nominations;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Submits a nomination (đề nghị khen thưởng) for a collective or an individual of a participating "
            + "unit, judged eligible (criteria, quota, not commended twice) by the rule set in force on its date. "
            + "UNIT: own unit only; OFFICE: units of their department; ADMIN")
    ResponseEntity<NominationView> nominate(@Valid @RequestBody NominateRequest request) {
        Nomination nomination = nominations.nominate(new NominationService.NominateCommand(request.campaignId(),
                request.unitId(), request.nomineeKind(), request.nomineeName(), request.form(), request.reason(),
                request.claim(), Boolean.TRUE.equals(request.draft())),
                actor.actor(), actor.who());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(nomination.id())
                .toUri();
        return ResponseEntity.created(location).body(NominationView.of(nomination, null));
    }

    @GetMapping
    @Operation(summary = "Lists the nominations the caller may see, optionally of one movement, unit or status, oldest "
            + "first: dossiers of their unit or department; for anonymous callers the published decisions only")
    List<NominationResource> list(@RequestParam(required = false) String campaignId,
            @RequestParam(required = false) String unitId, @RequestParam(required = false) NominationStatus status) {
        Actor caller = actor.actor();
        return nominations.find(campaignId, unitId, status, caller).stream()
                .map(n -> NominationAccess.readsDossier(caller, n) ? NominationView.of(n, null)
                        : (NominationResource) PublishedNomination.of(n))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Reads one nomination with the reports its unit submitted in the movement (evidence); "
            + "a decided one is public, without its dossier")
    NominationResource get(@PathVariable String id) {
        Actor caller = actor.actor();
        Nomination nomination = nominations.read(id, caller);
        return NominationAccess.readsDossier(caller, nomination)
                ? NominationView.of(nomination, nominations.evidenceFor(nomination))
                : PublishedNomination.of(nomination);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submits a draft, or resubmits a dossier the office returned (optionally amended: reason, "
            + "grounds); eligibility and quota are judged again. UNIT: own unit; OFFICE: units of their department; ADMIN")
    NominationView submit(@PathVariable String id, @Valid @RequestBody(required = false) SubmitRequest request) {
        Nomination.Amendment amendment = request == null ? Nomination.Amendment.none() : request.amendment();
        return NominationView.of(nominations.submit(id, amendment, actor.actor(), actor.who()), null);
    }

    @PostMapping("/{id}/receive")
    @Operation(summary = "The office of the deciding agency acknowledges receipt of a submitted dossier (tiếp nhận). "
            + "OFFICE of the issuing agency, ADMIN")
    NominationView receive(@PathVariable String id) {
        return NominationView.of(nominations.receive(id, actor.actor(), actor.who()), null);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Appraisal: returns a received dossier to the unit with the reasons; the unit may resubmit. "
            + "OFFICE of the issuing agency, ADMIN")
    NominationView returnToUnit(@PathVariable String id, @Valid @RequestBody ReturnRequest request) {
        return NominationView.of(nominations.returnToUnit(id, request.reasons(), actor.actor(), actor.who()), null);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Appraisal: accepts a received dossier once eligibility and quota hold again (422 "
            + "appraisal-failed listing every unmet criterion otherwise). OFFICE of the issuing agency, ADMIN")
    NominationView accept(@PathVariable String id) {
        return NominationView.of(nominations.accept(id, actor.actor(), actor.who()), null);
    }

    /** Every unmet criterion goes with the problem, so the dossier can be returned with all of them. */
    @ExceptionHandler(AppraisalFailed.class)
    ProblemDetail appraisalFailed(AppraisalFailed e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://thidua.vn/problems/" + e.code()));
        problem.setTitle(e.status().getReasonPhrase());
        problem.setProperty("code", e.code());
        problem.setProperty("errors", e.failures());
        return problem;
    }

    /** Every missing dossier item goes with the problem, so the unit uploads all of them at once. */
    @ExceptionHandler(DossierIncomplete.class)
    ProblemDetail dossierIncomplete(DossierIncomplete e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://thidua.vn/problems/" + e.code()));
        problem.setTitle(e.status().getReasonPhrase());
        problem.setProperty("code", e.code());
        problem.setProperty("errors", e.missing());
        return problem;
    }

    @PostMapping("/{id}/decide")
    @Operation(summary = "Decides the commendation (quyết định khen thưởng), numbered n/QĐ-<agency> per calendar year: "
            + "once the council approved it where the rule set requires the council (409 council-required), else once "
            + "submitted. OFFICE or LEADER of the issuing agency, ADMIN; the signer is the one the request names")
    NominationView decide(@PathVariable String id, @Valid @RequestBody DecideRequest request) {
        Nomination nomination = nominations.decide(id, new NominationService.DecideCommand(request.signerName(),
                request.signerTitle(), request.decisionDate()), actor.actor(), actor.who());
        return NominationView.of(nomination, null);
    }

    /** The agencies to consult (code and name) and the date they answer by. */
    record ConsultationRequest(
            @NotEmpty(message = REQUIRED) @Size(max = 30) List<@Valid AgencyRequest> agencies,
            @NotNull(message = REQUIRED) LocalDate dueDate) {
    }

    record AgencyRequest(@NotBlank(message = REQUIRED) @Size(max = 50) String code,
            @NotBlank(message = REQUIRED) @Size(max = 300) String name) {
    }

    /** A consulted agency's answer: AGREE or DISAGREE, with a comment. */
    record AnswerRequest(@NotNull(message = REQUIRED) Consultation.Opinion answer, @Size(max = 2000) String comment) {
    }

    /** To whom (by default whoever confers the form, e.g. "Thủ tướng Chính phủ"). */
    record ForwardRequest(@Size(max = 300) String to) {
    }

    /** The superior's answer: granted with its decision's number and date, or not with the reason. */
    record OutcomeRequest(@NotNull(message = REQUIRED) Boolean granted, @Size(max = 100) String decisionNumber,
            LocalDate decisionDate, @Size(max = 2000) String reason) {
    }

    @PostMapping("/{id}/consultations")
    @Operation(summary = "High honours (khen cao): consults other agencies before forwarding (hiệp y) "
            + "{agencies:[{code,name}], dueDate}; once the council approved it. OFFICE of the issuing agency, ADMIN")
    NominationView consult(@PathVariable String id, @Valid @RequestBody ConsultationRequest request) {
        return NominationView.of(nominations.requestConsultation(id, request.agencies().stream()
                .map(a -> new NominationService.ConsultedAgency(a.code(), a.name())).toList(), request.dueDate(),
                actor.actor(), actor.who()), null);
    }

    @PostMapping("/{id}/consultations/{agency}")
    @Operation(summary = "A consulted agency answers {answer: AGREE|DISAGREE, comment}, once. OFFICE or LEADER of that "
            + "agency, ADMIN")
    NominationView answer(@PathVariable String id, @PathVariable String agency,
            @Valid @RequestBody AnswerRequest request) {
        return NominationView.of(nominations.answerConsultation(id, agency, request.answer(), request.comment(),
                actor.actor(), actor.who()), null);
    }

    @PostMapping("/{id}/forward")
    @Operation(summary = "Forwards a high honour with its dossier to whoever confers it (→ AwardForwarded): after the "
            + "council, and after every consulted agency answered or the due date passed (409 consultation-pending, "
            + "consultation-required). OFFICE or LEADER of the issuing agency, ADMIN")
    NominationView forward(@PathVariable String id, @Valid @RequestBody(required = false) ForwardRequest request) {
        return NominationView.of(nominations.forward(id, request == null ? null : request.to(), actor.actor(),
                actor.who()), null);
    }

    @PostMapping("/{id}/outcome")
    @Operation(summary = "Records the superior's answer (→ AwardOutcomeRecorded): granted with its decision number and "
            + "date (enters the achievement history), or not granted with the reason. OFFICE of the issuing agency, "
            + "ADMIN")
    NominationView outcome(@PathVariable String id, @Valid @RequestBody OutcomeRequest request) {
        return NominationView.of(nominations.recordOutcome(id, new Forwarding.Outcome(request.granted(),
                request.decisionNumber(), request.decisionDate(), request.reason(), null, null), actor.actor(),
                actor.who()), null);
    }

    /** Why the decision is revoked, e.g. the achievement was declared falsely. */
    record RevokeRequest(@NotBlank(message = REQUIRED) @Size(max = 2000) String reason) {
    }

    @PostMapping("/{id}/decision/sign")
    @Operation(summary = "The leader signs a decision the office recorded unsigned: rendered, signed (PAdES) with the "
            + "agency's certificate (configured PKCS#12, else a generated trial one) and kept; 409 when already signed. "
            + "LEADER of the deciding agency (a leader deciding signs at once)")
    NominationView sign(@PathVariable String id) {
        return NominationView.of(nominations.sign(id, actor.actor(), actor.who()), null);
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revokes a decision with its reason (thu hồi): kept in history marked revoked, the reward to "
            + "be recovered into the fund, the quota place given back, the achievement marked revoked. OFFICE or "
            + "LEADER of the deciding agency, ADMIN")
    NominationView revoke(@PathVariable String id, @Valid @RequestBody RevokeRequest request) {
        return NominationView.of(nominations.revoke(id, request.reason(), actor.actor(), actor.who()), null);
    }
}
