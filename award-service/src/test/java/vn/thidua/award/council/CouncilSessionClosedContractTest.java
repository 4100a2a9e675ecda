package vn.thidua.award.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.thidua.award.rules.Share;
import vn.thidua.award.rules.VoteRule;
import vn.thidua.award.rules.VoteRule.VoteBase;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.CouncilSessionClosed;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.test.Contracts;

/**
 * Producer contract: a session of five members closing with one certificate approved in an open vote
 * and one title refused by secret ballot raises the golden {@code CouncilSessionClosed}, once.
 */
class CouncilSessionClosedContractTest {

    static final Instant CLOSED_AT = Instant.parse("2026-12-18T04:00:00Z");
    static final Who SECRETARY = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", null, null);
    static final VoteRule CERTIFICATE = new VoteRule(new Share(50, 100, true), VoteBase.ALL_MEMBERS, false, true);
    static final VoteRule CSTD = new VoteRule(new Share(90, 100, false), VoteBase.ALL_MEMBERS, true, true);

    @Test
    void closingRaisesTheGoldenCouncilSessionClosedOnce() {
        List<String> members = IntStream.rangeClosed(1, 5).mapToObj(i -> "m" + i).toList();
        CouncilSession session = CouncilSession.schedule("hd-0001", "SNNMT", new CouncilSession.Plan(
                "Sở Nông nghiệp và Môi trường", "Phiên họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm 2026",
                LocalDateTime.of(2026, 12, 18, 8, 0), "Phòng họp số 1",
                members.stream().map(m -> new Member(m, "Thành viên " + m, m.equals("m1"))).toList()),
                List.of(new AgendaItem("nom-0001", "tập thể Văn phòng Sở", "GIAY_KHEN", "Giấy khen", CERTIFICATE),
                        new AgendaItem("nom-0002", "cá nhân Trần Thị Mai (Văn phòng Sở)", "CSTD_CO_SO",
                                "Chiến sĩ thi đua cơ sở", CSTD)),
                new Share(2, 3, false), "*@2024-01-01", SECRETARY, CLOSED_AT.minusSeconds(7200));
        session.open(members, SECRETARY, CLOSED_AT.minusSeconds(3600));
        for (String m : members) {
            session.vote(m, "nom-0001", Choice.APPROVE, voter(m), CLOSED_AT.minusSeconds(600));
            session.vote(m, "nom-0002", m.equals("m4") || m.equals("m5") ? Choice.REJECT : Choice.APPROVE, voter(m),
                    CLOSED_AT.minusSeconds(600));
        }
        assertThat(session.takeRaisedEvents()).as("nothing is announced before the close").isEmpty();

        session.close("Lê Thư Ký", SECRETARY, CLOSED_AT);

        List<CouncilSessionClosed> raised = session.takeRaisedEvents();
        assertThat(raised).singleElement().satisfies(closed -> {
            assertThat(closed.aggregateId()).isEqualTo("hd-0001");
            assertThat(closed.results()).extracting(CouncilSessionClosed.Result::approved).containsExactly(true, false);
        });
        String published = new EventOutbox("/thidua/award-service", Clock.fixed(CLOSED_AT, ZoneOffset.UTC), null)
                .record(raised.getFirst()).data();
        Contracts.assertEqualsGolden(EventCatalog.of(CouncilSessionClosed.class), published);
        Contracts.assertValid(EventCatalog.of(CouncilSessionClosed.class), published);
        assertThat(session.takeRaisedEvents()).isEmpty();
    }

    private static Who voter(String member) {
        return new Who(member, "COUNCIL", "SNNMT-VP", "thidua-portal", null, null);
    }
}
