package vn.thidua.award.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.thidua.award.rules.Share;
import vn.thidua.award.rules.VoteRule;
import vn.thidua.award.rules.VoteRule.VoteBase;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * Council sessions without Spring: quorum at opening, one vote per member, recusal, written votes of
 * absentees, thresholds at their boundary against all members or those taking part, secret papers
 * that carry no voter and no order, and the tally each digest verifies.
 */
class CouncilSessionTest {

    static final Instant AT = Instant.parse("2026-12-20T01:00:00Z");
    static final Who SECRETARY = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", "req-1", "10.0.0.7");
    static final VoteRule CSTD = new VoteRule(new Share(90, 100, false), VoteBase.ALL_MEMBERS, true, true);
    static final VoteRule CERTIFICATE = new VoteRule(new Share(50, 100, true), VoteBase.ALL_MEMBERS, false, true);
    static final Share TWO_THIRDS = new Share(2, 3, false);

    static List<String> members(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "m" + i).toList();
    }

    static CouncilSession session(int size, VoteRule... rules) {
        List<Member> roster = new ArrayList<>();
        members(size).forEach(u -> roster.add(new Member(u, "Thành viên " + u, u.equals("m1"))));
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            agenda.add(new AgendaItem("nom-" + i, "cá nhân Người " + i + " (Văn phòng Sở)", "F" + i, "Danh hiệu " + i,
                    rules[i]));
        }
        return CouncilSession.schedule("hd-0001", "SNNMT", new CouncilSession.Plan("Sở Nông nghiệp và Môi trường",
                null, LocalDateTime.of(2026, 12, 20, 8, 0), "Phòng họp số 1", roster), agenda, TWO_THIRDS,
                "*@2024-01-01", SECRETARY, AT);
    }

    static Who member(String username) {
        return new Who(username, "COUNCIL", "SNNMT-VP", "thidua-portal", "req-" + username, "10.0.0.8");
    }

    static void vote(CouncilSession session, String member, String item, Choice choice) {
        session.vote(member, item, choice, member(member), AT);
    }

    @Test
    void theSessionOpensOnlyWithTheQuorumOfTheRoster() {
        CouncilSession session = session(9, CSTD);
        assertRefused(() -> session.open(members(5), SECRETARY, AT), 422, "quorum-not-met")
                .hasMessageContaining("(6/9)").hasMessageContaining("có mặt 5");
        assertRefused(() -> session.open(List.of("m1", "m2", "x9", "m3", "m4", "m5"), SECRETARY, AT), 422,
                "not-on-roster");
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);

        session.open(members(6), SECRETARY, AT);

        assertThat(session.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(session.present()).hasSize(6);
        assertThat(session.auditTrail()).last().satisfies(e -> assertThat(e.action()).isEqualTo("OPENED"));
        assertRefused(() -> session.open(members(9), SECRETARY, AT), 409, "not-openable");
    }

    @Test
    void noVoteBeforeOpeningAndEachMemberVotesOnceOnEachItem() {
        CouncilSession session = session(3, CERTIFICATE, CERTIFICATE);
        assertRefused(() -> vote(session, "m1", "nom-0", Choice.APPROVE), 409, "session-not-open");
        session.open(members(2), SECRETARY, AT);

        vote(session, "m1", "nom-0", Choice.APPROVE);
        vote(session, "m1", "nom-1", Choice.REJECT);

        assertRefused(() -> vote(session, "m1", "nom-0", Choice.REJECT), 409, "already-voted");
        assertRefused(() -> vote(session, "m3", "nom-0", Choice.APPROVE), 409, "not-present");
        assertRefused(() -> vote(session, "x9", "nom-0", Choice.APPROVE), 403, "forbidden");
        assertRefused(() -> vote(session, "m2", "nom-9", Choice.APPROVE), 404, "agenda-item-not-found");
        assertThat(session.ballot("nom-0").voters()).containsExactly("m1");
        assertThat(session.ballot("nom-0").papers()).singleElement().satisfies(p -> {
            assertThat(p.choice()).isEqualTo(Choice.APPROVE);
            assertThat(p.member()).as("an open ballot names the voter").isEqualTo("m1");
        });
    }

    @Test
    void exactlyNinetyPercentOfAllMembersWithWrittenVotesOfAbsenteesPassesAndOneLessFails() {
        // 10 members, 8 present: 8 approve in the room, the 2 absent vote in writing.
        CouncilSession passing = session(10, CSTD);
        passing.open(members(8), SECRETARY, AT);
        members(8).forEach(m -> vote(passing, m, "nom-0", Choice.APPROVE));
        passing.recordWrittenVote("m9", "nom-0", Choice.APPROVE, "PBQ-09", SECRETARY, AT);
        passing.recordWrittenVote("m10", "nom-0", Choice.REJECT, "PBQ-10", SECRETARY, AT);

        ItemResult result = passing.close("Lê Thư Ký", SECRETARY, AT).getFirst();

        assertThat(result.approvals()).isEqualTo(9);
        assertThat(result.denominator()).isEqualTo(10);
        assertThat(result.passed()).as("9/10 = 90%% reaches 'at least 90%%'").isTrue();
        assertThat(result.summary()).contains("9/10 tổng số thành viên Hội đồng đồng ý (90%)").contains("ĐẠT");

        // The same room without the written approval: 8 of all 10 members is 80%.
        CouncilSession failing = session(10, CSTD);
        failing.open(members(8), SECRETARY, AT);
        members(8).forEach(m -> vote(failing, m, "nom-0", Choice.APPROVE));
        ItemResult short1 = failing.close("Lê Thư Ký", SECRETARY, AT).getFirst();
        assertThat(short1.approvals()).isEqualTo(8);
        assertThat(short1.denominator()).as("absentees still count").isEqualTo(10);
        assertThat(short1.passed()).isFalse();
        assertThat(short1.summary()).contains("KHÔNG ĐẠT");
    }

    @Test
    void aWrittenVoteIsOnlyForAnAbsentMemberWithTheSignedFormReference() {
        CouncilSession session = session(3, CSTD);
        session.open(members(2), SECRETARY, AT);
        assertRefused(() -> session.recordWrittenVote("m1", "nom-0", Choice.APPROVE, "PBQ-1", SECRETARY, AT), 409,
                "member-present");
        assertRefused(() -> session.recordWrittenVote("m3", "nom-0", Choice.APPROVE, " ", SECRETARY, AT), 422,
                "form-reference-required");
        session.recordWrittenVote("m3", "nom-0", Choice.APPROVE, "PBQ-3", SECRETARY, AT);
        assertRefused(() -> session.recordWrittenVote("m3", "nom-0", Choice.APPROVE, "PBQ-3b", SECRETARY, AT), 409,
                "already-voted");
        assertThat(session.ballot("nom-0").writtenVotes()).containsExactly(new WrittenVote("m3", "PBQ-3", "office"));
        assertThat(session.auditTrail()).last().satisfies(e -> assertThat(e.detail())
                .contains("m3", "PBQ-3").doesNotContain(Choice.APPROVE.label()));
    }

    @Test
    void aRecusedMemberCannotVoteAndLeavesTheDenominatorWhenTheRuleSaysSo() {
        // Certificate: more than 50% of all 6 members. 3 approvals are 50% of 6 (not more), but 60% of the
        // 5 left once one member recused.
        VoteRule counted = new VoteRule(new Share(50, 100, true), VoteBase.ALL_MEMBERS, false, false);
        CouncilSession session = session(6, CERTIFICATE, counted);
        session.open(members(6), SECRETARY, AT);
        assertRefused(() -> session.recuse("m6", "nom-0", " ", member("m6"), AT), 422, "recusal-reason-required");
        session.recuse("m6", "nom-0", "Là người thân của người được đề nghị", member("m6"), AT);
        session.recuse("m6", "nom-1", "Là người thân của người được đề nghị", member("m6"), AT);
        assertRefused(() -> vote(session, "m6", "nom-0", Choice.APPROVE), 409, "recused");
        assertRefused(() -> session.recuse("m6", "nom-0", "lần nữa", member("m6"), AT), 409, "already-recused");
        vote(session, "m5", "nom-0", Choice.REJECT);
        assertRefused(() -> session.recuse("m5", "nom-0", "muộn", member("m5"), AT), 409, "already-voted");
        for (String item : List.of("nom-0", "nom-1")) {
            List.of("m1", "m2", "m3").forEach(m -> vote(session, m, item, Choice.APPROVE));
        }

        List<ItemResult> results = session.close("Lê Thư Ký", SECRETARY, AT);

        assertThat(results.get(0)).satisfies(r -> {
            assertThat(r.recused()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(5);
            assertThat(r.passed()).isTrue();
        });
        assertThat(results.get(1)).as("a rule that keeps recused members in the count").satisfies(r -> {
            assertThat(r.denominator()).isEqualTo(6);
            assertThat(r.passed()).isFalse();
        });
        assertThat(session.ballot("nom-0").recusals()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Là người thân của người được đề nghị"));
    }

    @Test
    void thePresentMembersBaseCountsThoseTakingPart() {
        VoteRule present = new VoteRule(new Share(90, 100, false), VoteBase.PRESENT_MEMBERS, true, true);
        CouncilSession session = session(12, present);
        session.open(members(9), SECRETARY, AT);
        members(9).forEach(m -> vote(session, m, "nom-0", Choice.APPROVE));
        session.recordWrittenVote("m10", "nom-0", Choice.REJECT, "PBQ-10", SECRETARY, AT);

        ItemResult result = session.close("Lê Thư Ký", SECRETARY, AT).getFirst();

        assertThat(result.denominator()).as("9 present + 1 written").isEqualTo(10);
        assertThat(result.passed()).as("9/10").isTrue();
    }

    @Test
    void aSecretPaperCarriesNoVoterAndThePapersKeepNoOrderOfCasting() {
        CouncilSession session = session(9, CSTD);
        session.open(members(9), SECRETARY, AT);
        List<String> paperIdsInCastingOrder = new ArrayList<>();
        for (String m : members(9)) {
            CouncilSession.Cast cast = session.vote(m, "nom-0", m.equals("m4") ? Choice.REJECT : Choice.APPROVE,
                    member(m), AT);
            assertThat(cast.paper().member()).isNull();
            assertThat(cast.entry().detail()).doesNotContain("Đồng ý").doesNotContain("Không đồng ý");
            paperIdsInCastingOrder.add(cast.paper().paperId());
        }
        Ballot ballot = session.ballot("nom-0");
        assertThat(ballot.papers()).allSatisfy(p -> assertThat(p.member()).isNull());
        assertThat(ballot.papers()).isSortedAccordingTo(Comparator.comparing(Paper::paperId));
        assertThat(ballot.papers()).extracting(Paper::paperId)
                .containsExactlyInAnyOrderElementsOf(paperIdsInCastingOrder);
        assertThat(ballot.voters()).containsExactlyInAnyOrderElementsOf(members(9));

        ItemResult result = session.close("Lê Thư Ký", SECRETARY, AT).getFirst();
        assertThat(result.ballotsCast()).isEqualTo(ballot.voters().size());
        assertThat(result.tallyDigest()).isEqualTo(Tally.digest("hd-0001", "nom-0", ballot.papers()))
                .matches("[0-9a-f]{64}");
        assertThat(result.approvals()).isEqualTo(8);
        assertThat(result.passed()).as("8/9 is below 90%").isFalse();
    }

    @Test
    void theDigestChangesWithAnyPaperAndACountThatDoesNotMatchTheMarkersIsRefused() {
        List<Paper> papers = List.of(new Paper("a", Choice.APPROVE, null), new Paper("b", Choice.REJECT, null));
        String digest = Tally.digest("hd-1", "nom-0", papers);
        assertThat(Tally.digest("hd-1", "nom-0", List.of(papers.get(1), papers.get(0)))).as("order-free")
                .isEqualTo(digest);
        assertThat(Tally.digest("hd-1", "nom-0", List.of(papers.get(0), new Paper("b", Choice.APPROVE, null))))
                .isNotEqualTo(digest);

        CouncilSession session = session(3, CSTD);
        Ballot tampered = new Ballot(true) {
            @Override
            public List<String> voters() {
                return List.of("m1");
            }

            @Override
            public List<Paper> papers() {
                return papers;
            }
        };
        assertRefused(() -> Tally.count("hd-0001", session.agenda().getFirst(), tampered, session.members(),
                session.present()), 409, "tally-mismatch");
    }

    @Test
    void aSessionNeedsOneChairDistinctMembersAndAnAgenda() {
        assertRefused(() -> CouncilSession.schedule("hd-2", "SNNMT", new CouncilSession.Plan(null, null,
                LocalDateTime.of(2026, 12, 20, 8, 0), "Phòng họp", List.of(new Member("a", "A", false),
                        new Member("a", "A", false))), List.of(), TWO_THIRDS, "r", SECRETARY, AT), 422, "session-invalid")
                .hasMessageContaining("Chủ tịch").hasMessageContaining("hai lần")
                .hasMessageContaining("không có đề nghị");
    }

    static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Runnable command,
            int status, String code) {
        return assertThatThrownBy(command::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status().value()).isEqualTo(status);
        });
    }
}
