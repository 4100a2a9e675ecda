package vn.thidua.award.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.nomination.NominationPipelineTest.assertRefused;
import static vn.thidua.award.nomination.NominationTest.DIRECTOR;
import static vn.thidua.award.nomination.NominationTest.GIAY_KHEN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.award.reward.Reward;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.eventing.audit.AuditEntry;

/** A nomination decided as one recipient of a decision commending several. */
class NominationBatchTest {

    static final Instant AT = Instant.parse("2026-12-30T02:00:00Z");
    static final Reward REWARD = new Reward(new BigDecimal("0.3"), 2_340_000, LocalDate.of(2024, 7, 1),
            "Nghị định số 73/2024/NĐ-CP", 710_000, 10_000);

    static Nomination decidedInBatch() {
        Nomination nomination = NominationTest.collective("SNNMT-VP", GIAY_KHEN);
        nomination.takeRaisedEvents();
        assertThat(nomination.decideInBatch("qdk-0001", new DecisionNumber(7, "SNNMT"), LocalDate.of(2026, 12, 30),
                "Nguyễn Văn Lộc", "GIÁM ĐỐC", false, REWARD, DIRECTOR, AT)).isTrue();
        return nomination;
    }

    @Test
    void itTakesTheBatchsNumberAndItsOwnRewardAndIsAnnouncedOnce() {
        Nomination nomination = decidedInBatch();

        assertThat(nomination.status()).isEqualTo(NominationStatus.DECIDED);
        assertThat(nomination.decision().number()).isEqualTo("7/QĐ-SNNMT");
        assertThat(nomination.decision().batchId()).isEqualTo("qdk-0001");
        assertThat(nomination.decision().rewardAmount()).isEqualTo(710_000);
        assertThat(nomination.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(AwardDecided.class,
                e -> assertThat(e.decisionNumber()).isEqualTo("7/QĐ-SNNMT"));
        assertThat(nomination.auditTrail()).last().extracting(AuditEntry::detail).asString()
                .contains("khen thưởng nhiều tập thể, cá nhân, qdk-0001", "710.000 đồng");

        assertThat(nomination.decideInBatch("qdk-0001", new DecisionNumber(7, "SNNMT"), LocalDate.of(2026, 12, 30),
                "Nguyễn Văn Lộc", "GIÁM ĐỐC", false, REWARD, DIRECTOR, AT)).as("carried again").isFalse();
        assertThat(nomination.takeRaisedEvents()).isEmpty();
        assertRefused(() -> nomination.decideInBatch("qdk-0002", new DecisionNumber(8, "SNNMT"),
                LocalDate.of(2026, 12, 31), "Nguyễn Văn Lộc", "GIÁM ĐỐC", false, REWARD, DIRECTOR, AT), 409,
                "already-decided");
    }

    @Test
    void itIsSignedWithItsBatchNotAloneAndRevokedAlone() {
        Nomination nomination = decidedInBatch();
        nomination.takeRaisedEvents();

        assertRefused(nomination::ensureSignable, 409, "decision-in-batch");

        nomination.revoke("Kê khai thành tích không trung thực", LocalDate.of(2027, 1, 5), DIRECTOR, AT);
        assertThat(nomination.status()).isEqualTo(NominationStatus.REVOKED);
        assertThat(nomination.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(AwardRevoked.class,
                e -> assertThat(e.recoveredAmount()).isEqualTo(710_000));
    }
}
