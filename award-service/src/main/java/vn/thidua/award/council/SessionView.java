package vn.thidua.award.council;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.award.rules.Share;
import vn.thidua.eventing.audit.AuditEntry;

/**
 * A council session as its readers see it. A secret ballot shows who has voted (the markers) and how
 * many papers were cast, never a choice beside a name; its papers (random id and choice, in id order)
 * appear once the session is closed, with the digest they hash to. An open ballot shows each
 * member's vote.
 */
public record SessionView(
        String id,
        String agency,
        String title,
        LocalDateTime meetingAt,
        String place,
        List<Member> members,
        Share quorum,
        String ruleSetId,
        SessionStatus status,
        String statusName,
        List<String> present,
        List<Item> agenda,
        List<ItemResult> results,
        String createdBy,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt,
        List<AuditEntry> auditTrail,
        Long version) {

    /** One agenda item and its ballot. {@code papers} is null for a secret ballot until the session closes. */
    public record Item(AgendaItem item, boolean secret, List<String> voted, int ballotsCast, List<Paper> papers,
            List<Recusal> recusals, List<WrittenVote> writtenVotes) {
    }

    static SessionView of(CouncilSession s) {
        List<Item> items = s.agenda().stream().map(item -> {
            Ballot ballot = s.ballot(item.nominationId());
            boolean hidden = ballot.secret() && s.status() != SessionStatus.CLOSED;
            return new Item(item, ballot.secret(), ballot.voters().stream().sorted().toList(), ballot.papers().size(),
                    hidden ? null : ballot.papers(), ballot.recusals(), ballot.writtenVotes());
        }).toList();
        return new SessionView(s.id(), s.agency(), s.title(), s.meetingAt(), s.place(), s.members(), s.quorum(),
                s.ruleSetId(), s.status(), s.status().label(), s.present(), items, s.results(), s.createdBy(),
                s.createdAt(), s.openedAt(), s.closedAt(), s.auditTrail(), s.version());
    }
}
