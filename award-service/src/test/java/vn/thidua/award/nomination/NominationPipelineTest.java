package vn.thidua.award.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.award.nomination.NominationTest.CAMPAIGN;
import static vn.thidua.award.nomination.NominationTest.DIRECTOR;
import static vn.thidua.award.nomination.NominationTest.GIAY_KHEN;
import static vn.thidua.award.nomination.NominationTest.OFFICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.award.rules.Claim;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.NominationAccepted;
import vn.thidua.contracts.award.NominationReturned;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * The pipeline, one transition at a time: draft → submitted → received → returned (→ resubmitted) or
 * accepted → council → approved or not → decided; each step audited, each refusal with its code.
 */
class NominationPipelineTest {

    static final Instant AT = Instant.parse("2026-12-16T03:00:00Z");
    static final Who UNIT = new Who("unit", "UNIT", "SNNMT-VP", "thidua-portal", "req-u", "10.0.0.9");
    static final Who SECRETARY = new Who("office", "OFFICE", "SNNMT-VP", "thidua-portal", "req-o", "10.0.0.7");

    static Nomination draft() {
        return Nomination.draft("nom-0100", CAMPAIGN, new Nomination.Proposal("SNNMT-VP", NomineeKind.COLLECTIVE, null,
                "Hoàn thành xuất sắc nhiệm vụ."), GIAY_KHEN, "SNNMT", UNIT, AT);
    }

    static Nomination received() {
        Nomination nomination = draft();
        nomination.submit(Nomination.Amendment.none(), UNIT, AT);
        nomination.receive(SECRETARY, AT);
        nomination.takeRaisedEvents();
        return nomination;
    }

    static Nomination onAgenda() {
        Nomination nomination = received();
        nomination.accept("*@2024-01-01", SECRETARY, AT);
        nomination.takeRaisedEvents();
        nomination.putOnAgenda("hd-0001", "phiên họp Hội đồng lúc 08:00 ngày 20/12/2026", SECRETARY, AT);
        return nomination;
    }

    @Test
    void aDraftAnnouncesNothingUntilTheUnitSubmitsIt() {
        Nomination nomination = draft();
        assertThat(nomination.status()).isEqualTo(NominationStatus.DRAFT);
        assertThat(nomination.takeRaisedEvents()).isEmpty();
        assertThat(nomination.auditTrail()).singleElement().extracting(AuditEntry::action).isEqualTo("DRAFTED");

        nomination.submit(new Nomination.Amendment("Thành tích đã bổ sung số liệu.", null), UNIT, AT.plusSeconds(60));

        assertThat(nomination.status()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(nomination.reason()).isEqualTo("Thành tích đã bổ sung số liệu.");
        assertThat(nomination.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(AwardNominated.class,
                event -> assertThat(event.nominatedAt()).isEqualTo(AT.plusSeconds(60)));
        assertThat(nomination.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SUBMITTED");
            assertThat(entry.before()).isEqualTo("Dự thảo");
            assertThat(entry.after()).isEqualTo("Đã gửi đề nghị");
        });
        assertRefused(() -> nomination.submit(Nomination.Amendment.none(), UNIT, AT), 409, "not-submittable");
    }

    @Test
    void theOfficeReceivesASubmittedDossierOnlyOnce() {
        Nomination nomination = received();
        assertThat(nomination.status()).isEqualTo(NominationStatus.RECEIVED);
        assertThat(nomination.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("RECEIVED");
            assertThat(entry.actor()).isEqualTo("office");
            assertThat(entry.before()).isEqualTo("Đã gửi đề nghị");
        });
        assertRefused(() -> nomination.receive(SECRETARY, AT), 409, "not-receivable");
        assertRefused(() -> draft().receive(SECRETARY, AT), 409, "not-receivable");
    }

    @Test
    void aReturnedDossierKeepsItsReasonsAndTheUnitResubmitsItAmendedWithoutAnnouncingItAgain() {
        Nomination nomination = received();
        assertRefused(() -> nomination.returnToUnit(List.of(" ", ""), SECRETARY, AT), 422, "return-reasons-required");

        nomination.returnToUnit(List.of("Thiếu biên bản họp bình xét của đơn vị", "Báo cáo thành tích chưa ký"),
                SECRETARY, AT);

        assertThat(nomination.status()).isEqualTo(NominationStatus.RETURNED);
        assertThat(nomination.returns()).singleElement().satisfies(note -> {
            assertThat(note.reasons()).containsExactly("Thiếu biên bản họp bình xét của đơn vị",
                    "Báo cáo thành tích chưa ký");
            assertThat(note.returnedBy()).isEqualTo("office");
        });
        assertThat(nomination.auditTrail()).last().satisfies(entry -> assertThat(entry.detail())
                .isEqualTo("Trả lại hồ sơ để bổ sung: Thiếu biên bản họp bình xét của đơn vị; Báo cáo thành tích chưa ký."));
        assertThat(nomination.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(NominationReturned.class,
                event -> {
                    assertThat(event.reasons()).containsExactly("Thiếu biên bản họp bình xét của đơn vị",
                            "Báo cáo thành tích chưa ký");
                    assertThat(event.returnedBy()).isEqualTo("office");
                    assertThat(event.aggregateId()).isEqualTo(nomination.campaignId());
                });
        assertRefused(() -> nomination.accept("*@2024-01-01", SECRETARY, AT), 409, "not-appraisable");

        nomination.submit(new Nomination.Amendment(null, new Claim(null, true, null, null)), UNIT, AT);

        assertThat(nomination.status()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(nomination.claim().excellentDuty()).isTrue();
        assertThat(nomination.claim().year()).isEqualTo(nomination.year());
        assertThat(nomination.takeRaisedEvents()).as("a resubmission is not a new nomination").isEmpty();
        assertThat(nomination.auditTrail()).last().extracting(AuditEntry::action).isEqualTo("RESUBMITTED");
    }

    @Test
    void anAcceptedNominationGoesOnOneAgendaAndTheCouncilsResultIsRecordedOnce() {
        Nomination nomination = onAgenda();
        assertThat(nomination.status()).isEqualTo(NominationStatus.COUNCIL);
        assertThat(nomination.councilSessionId()).isEqualTo("hd-0001");
        assertRefused(nomination::ensureAgendaReady, 409, "not-on-agenda");

        CouncilOutcome approved = new CouncilOutcome("hd-0001", true, 5, 6, "5/6 đồng ý");
        assertThat(nomination.recordCouncilOutcome(new CouncilOutcome("hd-0002", true, 6, 6, "khác"), SECRETARY, AT))
                .as("another session's result").isFalse();
        assertThat(nomination.recordCouncilOutcome(approved, SECRETARY, AT)).isTrue();
        assertThat(nomination.recordCouncilOutcome(approved, SECRETARY, AT)).as("a retried close").isFalse();

        assertThat(nomination.status()).isEqualTo(NominationStatus.COUNCIL_APPROVED);
        assertThat(nomination.councilOutcome()).isEqualTo(approved);
        assertThat(nomination.auditTrail()).extracting(AuditEntry::action).containsExactly("DRAFTED", "SUBMITTED",
                "RECEIVED", "ACCEPTED", "ON_AGENDA", "COUNCIL_APPROVED");
        assertThat(nomination.takeRaisedEvents()).as("the session announces the results, not each nomination").isEmpty();
    }

    @Test
    void acceptanceAnnouncesTheNominationGoesToTheCouncil() {
        Nomination nomination = received();
        nomination.accept("*@2024-01-01", SECRETARY, AT);

        assertThat(nomination.takeRaisedEvents()).singleElement().isInstanceOfSatisfying(NominationAccepted.class,
                event -> {
                    assertThat(event.nominationId()).isEqualTo("nom-0100");
                    assertThat(event.ruleSetId()).isEqualTo("*@2024-01-01");
                    assertThat(event.acceptedBy()).isEqualTo("office");
                    assertThat(event.acceptedAt()).isEqualTo(AT);
                });
    }

    @Test
    void aFormTheRulesSendToTheCouncilIsDecidedOnlyOnceApproved() {
        Nomination submitted = NominationTest.collective("SNNMT-VP", GIAY_KHEN);
        assertRefused(() -> submitted.ensureDecidable(true), 409, "council-required");
        submitted.ensureDecidable(false);

        Nomination atCouncil = onAgenda();
        assertRefused(() -> atCouncil.ensureDecidable(false), 409, "not-decidable");
        atCouncil.recordCouncilOutcome(new CouncilOutcome("hd-0001", true, 9, 10, "9/10"), SECRETARY, AT);
        atCouncil.decide(new DecisionNumber(1, "SNNMT"), LocalDate.of(2026, 12, 22), "Nguyễn Văn Lộc", "GIÁM ĐỐC",
                true, DIRECTOR, AT);
        assertThat(atCouncil.status()).isEqualTo(NominationStatus.DECIDED);

        Nomination rejected = onAgenda();
        rejected.recordCouncilOutcome(new CouncilOutcome("hd-0001", false, 8, 10, "8/10"), SECRETARY, AT);
        assertThat(rejected.status()).isEqualTo(NominationStatus.COUNCIL_REJECTED);
        assertRefused(() -> rejected.ensureDecidable(false), 409, "not-decidable");
        assertRefused(() -> draft().ensureDecidable(false), 409, "not-decidable");
    }

    static void assertRefused(Runnable command, int status, String code) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status().value()).isEqualTo(status);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
