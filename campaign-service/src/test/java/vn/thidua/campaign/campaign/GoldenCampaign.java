package vn.thidua.campaign.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Supplier;

import vn.thidua.campaign.Actors;

/** The movement of the golden CampaignLaunched sample, as domain inputs (shared with the registration tests). */
public final class GoldenCampaign {

    public static final String ID = "cmp-2026-0001";
    public static final Instant CREATED = Instant.parse("2026-01-20T03:00:00Z");
    public static final Instant LAUNCHED = Instant.parse("2026-02-02T02:30:00Z");
    public static final String LETTER_NUMBER = "12/SNNMT-VP";
    static final CampaignPolicy POLICY = new CampaignPolicy(Period.ofDays(60));
    static final IssuingAgency AGENCY = new IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT",
            "UBND TỈNH QUẢNG NGÃI");
    static final List<Participant> PARTICIPANTS = List.of(
            new Participant("SNNMT-VP", "Văn phòng Sở", "Trần Thị Hồng", "vp.snnmt@quangngai.demo.thidua.vn",
                    "0255 3822 001"),
            new Participant("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", "Lê Văn Đức",
                    "ttcntt.snnmt@quangngai.demo.thidua.vn", null));

    private GoldenCampaign() {
    }

    /** The golden sample's interim milestone: the first half-year's report, due 10 July 2026. */
    public static final Milestone FIRST_HALF = Milestone.interim(null, "Sơ kết 6 tháng đầu năm",
            LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 10));

    static CampaignDefinition definition() {
        CampaignDefinition plain = definition(contents(1, 2), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 15));
        return withInterims(plain, List.of(FIRST_HALF));
    }

    static CampaignDefinition withInterims(CampaignDefinition d, List<Milestone> interims) {
        return new CampaignDefinition(d.title(), d.kind(), d.theme(), d.parentPlan(), d.contents(), d.periodStart(),
                d.periodEnd(), d.finalReportDue(), d.registrationDeadline(), interims);
    }

    static CampaignDefinition definition(List<CampaignContent> contents, LocalDate start, LocalDate end, LocalDate due) {
        return definition(contents, start, end, due, null);
    }

    static CampaignDefinition definition(List<CampaignContent> contents, LocalDate start, LocalDate end, LocalDate due,
            LocalDate registrationDeadline) {
        return new CampaignDefinition(
                "Phong trào thi đua đặc biệt chuyển đổi số ngành nông nghiệp và môi trường năm 2026",
                CampaignKind.THEMATIC,
                "Ngành Nông nghiệp và Môi trường đoàn kết, đổi mới sáng tạo, thi đua chuyển đổi số",
                new ParentPlan("45/KH-UBND", LocalDate.of(2026, 1, 15), "Ủy ban nhân dân tỉnh Quảng Ngãi"),
                contents, start, end, due, registrationDeadline);
    }

    static List<CampaignContent> contents(int... numbers) {
        List<String> texts = List.of("Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.",
                "Thi đua phát huy sáng kiến, giải pháp hỗ trợ người dân và doanh nghiệp.",
                "Thi đua đẩy mạnh ứng dụng công nghệ thông tin.");
        return java.util.Arrays.stream(numbers).mapToObj(n -> new CampaignContent(n, texts.get((n - 1) % 3))).toList();
    }

    public static Campaign draft() {
        return draft(definition(), PARTICIPANTS, () -> ID);
    }

    /** The golden movement, launched with letter 12/SNNMT-VP, whose units register until {@code deadline}. */
    public static Campaign launchedWithRegistrationUntil(LocalDate deadline) {
        Campaign campaign = draft(definition(contents(1, 2), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 12, 15), deadline), PARTICIPANTS, () -> ID);
        campaign.launch(LETTER_NUMBER, LAUNCHED, Actors.who("director"));
        return campaign;
    }

    static Campaign draft(CampaignDefinition definition, List<Participant> participants, Supplier<String> ids) {
        return Campaign.draft(ids, definition, AGENCY, participants, POLICY, CREATED, Actors.who("office"));
    }
}
