package vn.thidua.award.council;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/council-sessions")
@Tag(name = "Phiên họp Hội đồng Thi đua – Khen thưởng",
        description = "Council sessions: roster, quorum, agenda of accepted nominations, open and secret ballots, minutes")
class CouncilSessionController {

    private static final String REQUIRED = "không được để trống";

    record MemberRequest(
            @NotBlank(message = REQUIRED) @Size(max = 100) String username,
            @NotBlank(message = REQUIRED) @Size(max = 200) String fullName,
            Boolean chair) {
    }

    /** The agenda: ids of accepted nominations of the office's department. */
    record ScheduleRequest(
            @Size(max = 300) String title,
            @NotNull(message = REQUIRED) LocalDateTime meetingAt,
            @NotBlank(message = REQUIRED) @Size(max = 300) String place,
            @NotEmpty(message = REQUIRED) @Size(max = 100) List<@Valid @NotNull MemberRequest> members,
            @NotEmpty(message = REQUIRED) @Size(max = 200) List<@NotBlank @Size(max = 100) String> agenda) {
    }

    /** The usernames of the members present. */
    record OpenRequest(@NotNull(message = REQUIRED) @Size(max = 100) List<@NotBlank String> present) {
    }

    record VoteRequest(@NotNull(message = REQUIRED) Choice choice) {
    }

    record RecusalRequest(@NotBlank(message = REQUIRED) @Size(max = 1000) String reason) {
    }

    /** An absent member's written vote, with the reference of their signed form. */
    record WrittenVoteRequest(
            @NotBlank(message = REQUIRED) @Size(max = 100) String member,
            @NotNull(message = REQUIRED) Choice choice,
            @NotBlank(message = REQUIRED) @Size(max = 200) String formReference) {
    }

    private final CouncilSessions sessions;
    private final CurrentActor actor;

    CouncilSessionController(CouncilSessions sessions, CurrentActor actor) {
        this.sessions = sessions;
        this.actor = actor;
    }

    @PostMapping
    @Operation(summary = "Schedules a council session: date, place, roster (usernames, one chair), agenda of accepted "
            + "nominations of the caller's department. OFFICE of that department, ADMIN")
    ResponseEntity<SessionView> schedule(@Valid @RequestBody ScheduleRequest request) {
        CouncilSession session = sessions.schedule(new CouncilSessions.ScheduleCommand(request.title(),
                request.meetingAt(), request.place(), request.members().stream()
                        .map(m -> new Member(m.username().strip(), m.fullName().strip(),
                        Boolean.TRUE.equals(m.chair()))).toList(),
                request.agenda()), actor.actor(), actor.who());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(session.id())
                .toUri();
        return ResponseEntity.created(location).body(SessionView.of(session));
    }

    @GetMapping
    @Operation(summary = "Lists the sessions the caller may see, latest first: OFFICE and LEADER their department's, "
            + "COUNCIL members the sessions they sit on, ADMIN all")
    List<SessionView> list(@RequestParam(required = false) SessionStatus status) {
        return sessions.find(status, actor.actor()).stream().map(SessionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Reads one session: a secret ballot shows who voted and how many papers, its papers (no "
            + "voter) only once closed")
    SessionView get(@PathVariable String id) {
        return SessionView.of(sessions.read(id, actor.actor()));
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Opens the session with the members present, once they make the quorum of the rules "
            + "(422 quorum-not-met). OFFICE of the department, ADMIN")
    SessionView open(@PathVariable String id, @Valid @RequestBody OpenRequest request) {
        return SessionView.of(sessions.open(id, request.present(), actor.actor(), actor.who()));
    }

    @PostMapping("/{id}/items/{nominationId}/votes")
    @Operation(summary = "The calling member (present, on the roster) votes on an agenda item, once (409 "
            + "already-voted); secret or open by the rule of its form. COUNCIL (or LEADER) on the roster")
    SessionView vote(@PathVariable String id, @PathVariable String nominationId,
            @Valid @RequestBody VoteRequest request) {
        return SessionView.of(sessions.vote(id, nominationId, request.choice(), actor.actor(), actor.who()));
    }

    @PostMapping("/{id}/items/{nominationId}/recusals")
    @Operation(summary = "The calling member stands aside from an agenda item with a reason, before voting on it. "
            + "COUNCIL (or LEADER) on the roster")
    SessionView recuse(@PathVariable String id, @PathVariable String nominationId,
            @Valid @RequestBody RecusalRequest request) {
        return SessionView.of(sessions.recuse(id, nominationId, request.reason(), actor.actor(), actor.who()));
    }

    @PostMapping("/{id}/items/{nominationId}/written-votes")
    @Operation(summary = "The secretary records an absent member's written vote with the reference of the signed "
            + "form. OFFICE of the department, ADMIN")
    SessionView writtenVote(@PathVariable String id, @PathVariable String nominationId,
            @Valid @RequestBody WrittenVoteRequest request) {
        return SessionView.of(sessions.recordWrittenVote(id, nominationId, request.member().strip(), request.choice(),
                request.formReference(), actor.actor(), actor.who()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Closes the session: results per nomination (passed/failed with figures, a digest per secret "
            + "ballot); approved nominations wait for the decision. OFFICE of the department, ADMIN")
    SessionView close(@PathVariable String id) {
        return SessionView.of(sessions.close(id, actor.actor(), actor.who()));
    }

    @GetMapping(path = "/{id}/minutes", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The minutes of a closed session (biên bản họp Hội đồng) as PDF; 409 before closing")
    ResponseEntity<byte[]> minutes(@PathVariable String id) {
        byte[] pdf = sessions.minutes(id, actor.actor());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bien-ban-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
