package vn.thidua.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.template.BuiltInTemplates;
import vn.thidua.notification.template.TemplateRenderer;
import vn.thidua.notification.recipient.Recipient;

/** The templates render the golden events: Vietnamese in the style of the launch letter, and English. */
class MailRenderingTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    final MailComposer composer = new MailComposer(new BuiltInTemplates(), new TemplateRenderer());
    final PortalProperties portal = new PortalProperties("https://thidua.quangngai.gov.vn/");
    final CampaignLaunched launched = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);
    static final Recipient RECIPIENT = new Recipient("SNNMT-VP", "Văn phòng Sở", "Trần Thị Hồng", "vp@x.vn", null,
            "SNNMT", "Sở Nông nghiệp và Môi trường", LocalDate.parse("2025-07-01"), null, "vi", false, null, null);
    static final Addressee ADDRESSEE = Addressee.of(RECIPIENT);
    static final ReportDue DUE = Contracts.sample(EventCatalog.of(ReportDue.class), ReportDue.class);
    static final ReportOverdue OVERDUE = Contracts.sample(EventCatalog.of(ReportOverdue.class), ReportOverdue.class);
    static final String PAGE = "https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001";

    MailContent launchLetter(CampaignLaunched event) {
        return composer.compose(NoticeKind.CAMPAIGN_LAUNCHED, "vi", Map.of("letter", LaunchLetter.of(event,
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
    void theDecisionEmailCongratulatesTheNomineeWithTheDecisionNumberAndFallsBackToVietnamese() {
        AwardDecided decided = Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class);

        // No templates in French: the Vietnamese ones are used.
        MailContent mail = composer.compose(NoticeKind.AWARD_DECIDED, "fr", Map.of("notice",
                DecisionNotice.of(decided, RECIPIENT, portal.campaignPage(decided.campaignId()))));

        assertThat(mail.subject()).isEqualTo("Quyết định khen thưởng số 1/QĐ-SNNMT: Giấy khen – Văn phòng Sở");
        assertThat(mail.text()).contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở")
                .contains("Trân trọng chúc mừng tập thể Văn phòng Sở đã được khen thưởng theo Quyết định số "
                        + "1/QĐ-SNNMT ngày 20/12/2026.")
                .contains("- Người ký: GIÁM ĐỐC Nguyễn Văn Lộc\n")
                .contains("https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001");
        assertThat(mail.html()).contains("1/QĐ-SNNMT").contains("Giấy khen")
                .contains("href=\"https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001\"");
    }

    @Test
    void everyNoticeKindHasEnglishTemplates() {
        AwardDecided decided = Contracts.sample(EventCatalog.of(AwardDecided.class), AwardDecided.class);
        MailContent decision = composer.compose(NoticeKind.AWARD_DECIDED, "en", Map.of("notice",
                DecisionNotice.of(decided, RECIPIENT, portal.campaignPage(decided.campaignId()))));
        assertThat(decision.subject()).isEqualTo("Commendation Decision No. 1/QĐ-SNNMT: Giấy khen – Văn phòng Sở");
        assertThat(decision.text()).contains("To: Trần Thị Hồng, Văn phòng Sở\n")
                .contains("Congratulations: the collective Văn phòng Sở has been commended by Decision No. 1/QĐ-SNNMT "
                        + "of 20/12/2026.")
                .contains("- Signed by: GIÁM ĐỐC Nguyễn Văn Lộc\n");
        assertThat(decision.html()).contains("lang=\"en\"").contains("the collective");

        MailContent launch = composer.compose(NoticeKind.CAMPAIGN_LAUNCHED, "en", Map.of("letter",
                LaunchLetter.of(launched, launched.participants().getFirst(), portal.campaignPage(launched.campaignId()),
                        VIETNAM)));
        assertThat(launch.subject()).isEqualTo("Emulation movement launched: " + launched.title());
        assertThat(launch.text()).contains("No.: 12/SNNMT-VP\n(02/02/2026)")
                .contains("To: Trần Thị Hồng, Văn phòng Sở\n")
                .contains("Implementing Plan No. 45/KH-UBND of 15/01/2026 by Ủy ban nhân dân tỉnh Quảng Ngãi.\n")
                .contains("Period: from 01/02/2026 to 31/12/2026.")
                .contains("https://thidua.quangngai.gov.vn/phong-trao/cmp-2026-0001");
        assertThat(launch.html()).contains("SOCIALIST REPUBLIC OF VIETNAM").contains("Implementing Plan No. <span>45/KH-UBND");

        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : MailComposer.LANGUAGES) {
                assertThat(getClass().getClassLoader().getResource("templates/mail/" + language + "/" + kind.template()
                        + ".subject.txt")).as(kind + " in " + language).isNotNull();
            }
        }
    }

    @Test
    void theDueReminderNamesTheMovementPeriodDueDateAndDaysLeft() {
        MailContent mail = reminder(NoticeKind.REPORT_DUE, "vi", ReminderNotice.of(DUE, ADDRESSEE, PAGE));

        assertThat(mail.subject()).isEqualTo("Nhắc hạn báo cáo: " + DUE.campaignTitle() + " – còn 3 ngày");
        assertThat(mail.text())
                .contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở\n")
                .contains("- Đơn vị: Văn phòng Sở\n")
                .contains("- Phong trào thi đua: " + DUE.campaignTitle() + "\n")
                .contains("- Kỳ báo cáo: Tổng kết phong trào\n")
                .contains("- Hạn gửi báo cáo: 15/12/2026\n")
                .contains("- Thời gian còn lại: còn 3 ngày\n")
                .contains("trước ngày 15/12/2026:\n" + PAGE + "\n");
        assertThat(mail.html()).contains("href=\"" + PAGE + "\"").contains("<td style=\"padding:4px 0;\">Tổng kết phong trào</td>");

        ReportDue onTheDay = new ReportDue(DUE.campaignId(), DUE.campaignTitle(), DUE.reportId(), DUE.unitId(),
                DUE.unitName(), ReportPeriod.INTERIM, DUE.dueDate(), 0, DUE.remindedAt());
        MailContent lastDay = reminder(NoticeKind.REPORT_DUE, "vi", ReminderNotice.of(onTheDay, ADDRESSEE, PAGE));
        assertThat(lastDay.subject()).isEqualTo("Nhắc hạn báo cáo: " + DUE.campaignTitle() + " – hạn cuối là hôm nay");
        assertThat(lastDay.text()).contains("- Kỳ báo cáo: báo cáo sơ kết\n").contains("hôm nay là hạn cuối");

        ReportDue namedPeriod = new ReportDue(DUE.campaignId(), DUE.campaignTitle(), DUE.reportId(), DUE.unitId(),
                DUE.unitName(), ReportPeriod.INTERIM, DUE.dueDate(), 3, DUE.remindedAt(), "INTERIM-1",
                "Sơ kết 6 tháng đầu năm");
        MailContent interim = reminder(NoticeKind.REPORT_DUE, "vi", ReminderNotice.of(namedPeriod, ADDRESSEE, PAGE));
        assertThat(interim.text()).contains("- Kỳ báo cáo: Sơ kết 6 tháng đầu năm\n");
        assertThat(interim.html()).contains("<td style=\"padding:4px 0;\">Sơ kết 6 tháng đầu năm</td>");
        assertThat(reminder(NoticeKind.REPORT_DUE, "en", ReminderNotice.of(namedPeriod, ADDRESSEE, PAGE)).text())
                .contains("- Report: Sơ kết 6 tháng đầu năm\n");

        MailContent english = reminder(NoticeKind.REPORT_DUE, "en", ReminderNotice.of(DUE, ADDRESSEE, PAGE));
        assertThat(english.subject()).isEqualTo("Report reminder: " + DUE.campaignTitle() + " – 3 days left");
        assertThat(english.text()).contains("To: Trần Thị Hồng, Văn phòng Sở\n").contains("- Due date: 15/12/2026\n")
                .contains("- Report: Tổng kết phong trào\n").contains("- Time left: 3 days\n").contains(PAGE);
        assertThat(english.html()).contains("3 days").contains("href=\"" + PAGE + "\"");
    }

    @Test
    void theOverdueNoticeSaysHowLateTheReportIs() {
        MailContent mail = reminder(NoticeKind.REPORT_OVERDUE, "vi", ReminderNotice.of(OVERDUE, ADDRESSEE, PAGE));

        assertThat(mail.subject()).isEqualTo("Quá hạn báo cáo: " + OVERDUE.campaignTitle());
        assertThat(mail.text()).contains("Kính gửi: Trần Thị Hồng – Văn phòng Sở\n")
                .contains("đã quá hạn gửi báo cáo tổng kết phong trào thi đua")
                .contains("- Hạn gửi báo cáo: 15/12/2026\n")
                .contains("- Đã quá hạn: 1 ngày\n")
                .contains(PAGE);
        assertThat(mail.html()).contains("1 ngày").contains("href=\"" + PAGE + "\"");

        MailContent english = reminder(NoticeKind.REPORT_OVERDUE, "en", ReminderNotice.of(OVERDUE, ADDRESSEE, PAGE));
        assertThat(english.subject()).isEqualTo("Report overdue: " + OVERDUE.campaignTitle());
        assertThat(english.text()).contains("- Days overdue: 1\n").contains(PAGE);
    }

    @Test
    void onlyNonMandatoryNoticesAreWithheldFromUnsubscribedRecipients() {
        Addressee unsubscribed = new Addressee("U", "u@x.vn", "Phòng Kế hoạch", null, null, true, "SNNMT");

        assertThat(unsubscribed.language()).isEqualTo("vi");
        assertThat(unsubscribed.envelopeName()).isEqualTo("Phòng Kế hoạch");
        assertThat(NoticeKind.values()).allSatisfy(kind -> {
            assertThat(kind.mandatory()).as("%s is an operational message", kind).isTrue();
            assertThat(unsubscribed.accepts(kind)).isTrue();
        });
        assertThat(ADDRESSEE.envelopeName()).isEqualTo("Trần Thị Hồng");
    }

    MailContent reminder(NoticeKind kind, String language, ReminderNotice notice) {
        return composer.compose(kind, language, Map.of("notice", notice));
    }
}
