package vn.thidua.campaign.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.web.DomainException;

/** A leader approves and signs a draft's letter: numbering, dating, launching with it. No Spring. */
class LetterApprovalTest {

    private static final Instant APPROVED = Instant.parse("2026-01-31T17:30:00Z"); // 1 February in Vietnam
    private static final Instant LATER = Instant.parse("2026-02-03T02:00:00Z");

    @Test
    void approvalNumbersAndDatesTheLetterAndSignsItAsNumbered() {
        Campaign campaign = GoldenCampaign.draft();

        campaign.approveLetter(LetterNumber.of(7, "SNNMT-VP"), APPROVED, Actors.who("lanhdao"), numbered -> {
            assertThat(numbered.letterNumber()).as("signed as numbered").isEqualTo("7/SNNMT-VP");
            return approval("fp-1");
        });

        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.letterNumber()).isEqualTo("7/SNNMT-VP");
        assertThat(campaign.letterSeq()).isEqualTo(7);
        assertThat(campaign.letterYear()).isEqualTo(2026);
        assertThat(campaign.letterDay()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(campaign.letterApproval().letterFingerprint()).isEqualTo("fp-1");
        AuditEntry entry = campaign.auditTrail().getLast();
        assertThat(entry.action()).isEqualTo("LETTER_APPROVED");
        assertThat(entry.actor()).isEqualTo("lanhdao");
        assertThat(entry.before()).isEqualTo("Dự thảo – công văn chưa ký");
        assertThat(entry.after()).isEqualTo("Dự thảo – công văn số 7/SNNMT-VP đã ký số");
    }

    @Test
    void aSignedLetterIsLaunchedWithItsNumberAndDate() {
        Campaign campaign = approved();

        campaign.launch(null, true, LATER, Actors.who("office"));

        assertThat(campaign.letterNumber()).isEqualTo("7/SNNMT-VP");
        assertThat(campaign.letterDay()).as("the day it was signed").isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(campaign.letterReference().date()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(campaign.letterApproval()).isNotNull();
        assertThat(campaign.auditTrail().getLast().detail()).endsWith("Công văn đã được ký số.");
    }

    @Test
    void aLetterChangedSinceSigningIsLaunchedUnsignedAndSaysSo() {
        Campaign campaign = approved();

        campaign.launch(null, false, LATER, Actors.who("office"));

        assertThat(campaign.letterNumber()).isEqualTo("7/SNNMT-VP");
        assertThat(campaign.letterApproval()).isNull();
        assertThat(campaign.auditTrail().getLast().detail()).contains("không còn khớp nội dung");
    }

    @Test
    void aNumberedLetterKeepsItsNumberAndOnlyADraftIsApproved() {
        Campaign campaign = approved();
        refused(() -> campaign.launch(LetterNumber.parse("8/SNNMT-VP"), true, LATER, Actors.who("office")),
                "letter-already-numbered", "7/SNNMT-VP");

        campaign.launch(LetterNumber.parse("7/SNNMT-VP"), true, LATER, Actors.who("office"));
        refused(() -> campaign.approveLetter(null, LATER, Actors.who("lanhdao"), c -> approval("fp-2")),
                "campaign-not-draft", "chỉ phê duyệt công văn của phong trào dự thảo");
    }

    @Test
    void handTypedNumbersAreReadWithTheirPlaceInTheRegister() {
        assertThat(LetterNumber.parse(" 012/SNNMT-TĐKT ")).isEqualTo(new LetterNumber("012/SNNMT-TĐKT", 12));
        refused(() -> LetterNumber.parse("không số"), "letter-number-invalid", "<số>/<ký hiệu>");
        refused(() -> LetterNumber.parse("0/SNNMT-VP"), "letter-number-invalid", "0/SNNMT-VP");
        refused(() -> LetterNumber.parse(" "), "letter-number-required", "số, ký hiệu");
        assertThat(Campaign.letterKey("SNNMT", 2026, 12)).isEqualTo("SNNMT:2026:12");
    }

    private static Campaign approved() {
        Campaign campaign = GoldenCampaign.draft();
        campaign.approveLetter(LetterNumber.of(7, "SNNMT-VP"), APPROVED, Actors.who("lanhdao"), c -> approval("fp-1"));
        return campaign;
    }

    private static LetterApproval approval(String fingerprint) {
        return new LetterApproval("lanhdao", "Nguyễn Văn An", APPROVED, "C=VN,CN=Sở Nông nghiệp và Môi trường", "1f",
                true, "abc", fingerprint);
    }

    private static void refused(Runnable command, String code, String messagePart) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
