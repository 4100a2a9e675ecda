package vn.thidua.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.mail.MailTemplatesConfiguration;
import vn.thidua.notification.recipient.Recipient;

/** The Vietnamese templates render the golden events in the style of the launch letter. */
class MailRenderingTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    final MailComposer composer = new MailComposer(MailTemplatesConfiguration.newEngine());
    final PortalProperties portal = new PortalProperties("https://thidua.quangngai.gov.vn/");
    final CampaignLaunched launched = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);

    MailContent launchLetter(CampaignLaunched event) {
        return composer.compose(LaunchNotices.TEMPLATE, "vi", Map.of("letter", LaunchLetter.of(event,
                event.participants().getFirst(), portal.campaignPage(event.campaignId()), VIETNAM)));
    }

    @Test
    void theLaunchLetterAddressesTheUnitHeadAndCarriesTheMovement() {
        MailContent mail = launchLetter(launched);

        assertThat(mail.subject()).isEqualTo("Phát động phong trào thi đua: Phong trào thi đua đặc biệt chuyển đổi số "
                + "ngành nông nghiệp và môi trường năm 2026");
        assertThat(mail.text())
                .contains("UBND TỈNH QUẢNG NGÃI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/SNNMT-VP\n(ngày 02 tháng 02 năm 2026)")
                .contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở\n")
                .contains("Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi.\n")
                .contains("Sở Nông nghiệp và Môi trường phát động Phong trào thi đua đặc biệt chuyển đổi số ngành nông "
                        + "nghiệp và môi trường năm 2026 với chủ đề “Ngành Nông nghiệp và Môi trường đoàn kết, đổi mới "
                        + "sáng tạo, thi đua chuyển đổi số”, với các nội dung thi đua sau:")
                .contains("\n1. Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.\n"
                        + "2. Thi đua phát huy sáng kiến, giải pháp hỗ trợ người dân và doanh nghiệp.\n")
                .contains("Thời gian thực hiện: từ ngày 01/02/2026 đến ngày 31/12/2026.")
                .contains("báo cáo tổng kết phong trào trước ngày 15/12/2026.")
                .contains("Công văn số 12/SNNMT-VP")
                .contains("https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001");
        assertThat(mail.html())
                .contains("<strong>Kính gửi:</strong>")
                .contains("Trần Thị Hồng – </span><span>Văn phòng Sở</span>")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Số: 12/SNNMT-VP")
                .contains("href=\"https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001\"")
                .contains("1.</span> <span>Thi đua thực hiện tốt");
    }

    @Test
    void withoutAParentPlanOrHeadTheLetterStillReadsWell() {
        CampaignLaunched plain = new CampaignLaunched(launched.campaignId(), launched.title(), launched.kind(), null,
                launched.issuingAgency(), null, launched.contents(), launched.periodStart(), launched.periodEnd(), null,
                java.util.List.of(new CampaignLaunched.Participant("U", "Phòng Kế hoạch", null, "kh@x.vn", null)),
                launched.letterNumber(), Instant.parse("2026-03-09T02:00:00Z"));

        MailContent mail = launchLetter(plain);

        assertThat(mail.text()).contains("Kính gửi: Phòng Kế hoạch\n").doesNotContain("Thực hiện Kế hoạch")
                .doesNotContain("chủ đề").doesNotContain("báo cáo tổng kết").contains("(ngày 09 tháng 3 năm 2026)");
        assertThat(mail.html()).doesNotContain("Thực hiện Kế hoạch").contains("<span>Phòng Kế hoạch</span>");
    }

    @Test
    void userDataIsEscapedInHtmlAndKeptAsTypedInText() {
        CampaignLaunched hostile = new CampaignLaunched("cmp-x", "Thi đua <script>alert(1)</script> & \"sáng tạo\"",
                launched.kind(), launched.theme(), launched.issuingAgency(), launched.parentPlan(), launched.contents(),
                launched.periodStart(), launched.periodEnd(), launched.finalReportDue(), launched.participants(),
                launched.letterNumber(), launched.launchedAt());

        MailContent mail = launchLetter(hostile);

        assertThat(mail.html()).doesNotContain("<script>").contains("Thi đua &lt;script&gt;alert(1)&lt;/script&gt; &amp;");
        assertThat(mail.text()).contains("Thi đua <script>alert(1)</script> & \"sáng tạo\"");
        assertThat(mail.subject()).isEqualTo("Phát động phong trào thi đua: Thi đua <script>alert(1)</script> & \"sáng tạo\"");
    }

    @Test
    void theDecisionEmailCongratulatesTheNomineeWithTheDecisionNumber() {
        AwardDecided decided = Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class);
        Recipient recipient = new Recipient("SNNMT-VP", "Văn phòng Sở", "Trần Thị Hồng", "vp@x.vn", null, "vi", null);

        MailContent mail = composer.compose(DecisionNotices.TEMPLATE, "en", Map.of("notice",
                DecisionNotice.of(decided, recipient, portal.campaignPage(decided.campaignId()))));

        assertThat(mail.subject()).isEqualTo("Quyết định khen thưởng số 1/QĐ-SNNMT: Giấy khen – Văn phòng Sở");
        assertThat(mail.text()).contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở")
                .contains("Trân trọng chúc mừng tập thể Văn phòng Sở đã được khen thưởng theo Quyết định số "
                        + "1/QĐ-SNNMT ngày 20/12/2026.")
                .contains("- Người ký: GIÁM ĐỐC Nguyễn Văn Lộc\n")
                .contains("https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001");
        assertThat(mail.html()).contains("1/QĐ-SNNMT").contains("Giấy khen")
                .contains("href=\"https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001\"");
    }
}
