package vn.thidua.campaign.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignContent;
import vn.thidua.campaign.campaign.CampaignDefinition;
import vn.thidua.campaign.campaign.CampaignKind;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.campaign.campaign.ParentPlan;
import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.campaign.directory.Agency;
import vn.thidua.campaign.directory.DirectoryService;
import vn.thidua.campaign.directory.Unit;
import vn.thidua.campaign.reading.DraftFromLetter.CreatedDraft;
import vn.thidua.campaign.reading.LetterReading.PlanReference;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;

/**
 * Turns a launch letter into a draft movement of the caller's agency. What the letter says is
 * taken as read; what a movement needs and a letter does not say (period, participants, kind) comes
 * from the request or from a stated default, and every such value is listed in the answer, so the
 * office checks it before launching. The draft is created through {@link CampaignService}, with
 * the same checks, snapshot and audit entry as {@code POST /api/campaigns}.
 */
@Service
public class LetterDraftService {

    private final LetterReader reader = new LetterReader();
    private final CampaignService campaigns;
    private final DirectoryService directory;
    private final Clock clock;

    public LetterDraftService(CampaignService campaigns, DirectoryService directory, Clock clock) {
        this.campaigns = campaigns;
        this.directory = directory;
        this.clock = clock;
    }

    public LetterReading read(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("letter-empty", "Chưa có nội dung công văn, kế hoạch phát động để đọc.");
        }
        return reader.read(text);
    }

    /**
     * The letter's "Kính gửi:" lines matched against the directory, "các phòng, đơn vị trực thuộc Sở"
     * read as the units of the caller's agency.
     */
    public List<AddresseeMatch> matchAddressees(LetterReading reading, Actor actor) {
        Agency home = actor.agency() == null ? null : directory.findAgency(actor.agency()).orElse(null);
        return matchAddressees(reading, home);
    }

    private List<AddresseeMatch> matchAddressees(LetterReading reading, Agency home) {
        if (!reading.addressees().found()) {
            return List.of();
        }
        return new AddresseeMatcher(directory.agencies(), home, VietnamDates.today(clock))
                .matchAll(reading.addressees().value());
    }

    public DraftFromLetter createDraft(LetterReading reading, DraftOptions options, Actor actor, Who who) {
        if (actor.agency() == null) {
            throw DomainException.rejected("no-agency",
                    "Tài khoản của bạn không gắn với cơ quan nào nên không tạo được dự thảo phong trào.");
        }
        Agency agency = directory.findAgency(actor.agency()).orElseThrow(() -> DomainException.rejected(
                "unknown-agency", "Không tìm thấy cơ quan " + actor.agency() + " của bạn trong danh bạ."));
        List<String> assumptions = new ArrayList<>();
        String title = title(reading, options);
        List<CampaignContent> contents = contents(reading);
        CampaignKind kind = kind(options, title, assumptions);
        ParentPlan parentPlan = parentPlan(reading, assumptions);
        LocalDate periodStart = options.periodStart();
        if (periodStart == null) {
            periodStart = reading.date().found() ? reading.date().value() : VietnamDates.today(clock);
            assumptions.add("Ngày bắt đầu " + VietnamDates.format(periodStart) + (reading.date().found()
                    ? ": lấy theo ngày ban hành văn bản." : ": văn bản chưa ghi ngày ban hành nên lấy ngày hôm nay."));
        }
        LocalDate periodEnd = options.periodEnd();
        if (periodEnd == null) {
            periodEnd = LocalDate.of(periodStart.getYear(), 12, 31);
            assumptions.add("Ngày kết thúc " + VietnamDates.format(periodEnd) + ": cuối năm bắt đầu (văn bản không ghi).");
        }
        LocalDate finalReportDue = options.finalReportDue();
        if (finalReportDue == null) {
            finalReportDue = periodEnd;
            assumptions.add("Hạn báo cáo tổng kết " + VietnamDates.format(finalReportDue) + ": bằng ngày kết thúc.");
        }
        List<AddresseeMatch> addressees = matchAddressees(reading, agency);
        List<String> participants = participants(agency, options, addressees, assumptions);
        issuerCheck(reading, agency, assumptions);
        CampaignDefinition definition = new CampaignDefinition(title, kind, reading.theme().value(), parentPlan,
                contents, periodStart, periodEnd, finalReportDue, options.registrationDeadline());
        Campaign draft = campaigns.create(definition, agency.code(), participants, actor, who);
        return new DraftFromLetter(reading, addressees, CreatedDraft.of(draft), List.copyOf(assumptions));
    }

    private static String title(LetterReading reading, DraftOptions options) {
        if (options.title() != null && !options.title().isBlank()) {
            return options.title().strip();
        }
        if (!reading.subject().found()) {
            throw DomainException.rejected("letter-subject-missing", "Không đọc được trích yếu của văn bản để làm tên "
                    + "phong trào; hãy ghi tên phong trào (tham số title).");
        }
        String subject = reading.subject().value();
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
    }

    private static List<CampaignContent> contents(LetterReading reading) {
        if (!reading.contents().found()) {
            throw DomainException.rejected("letter-contents-missing", "Không đọc được nội dung thi đua đánh số (1., 2., "
                    + "…) trong văn bản; phong trào cần ít nhất một nội dung. " + reading.contents().note());
        }
        return reading.contents().value().stream().map(c -> new CampaignContent(c.number(), c.fullText())).toList();
    }

    private static CampaignKind kind(DraftOptions options, String title, List<String> assumptions) {
        if (options.kind() != null) {
            return options.kind();
        }
        String words = VietnameseText.normalise(title);
        boolean regular = words.contains("thuong xuyen") || words.contains("hang nam");
        assumptions.add(regular ? "Loại phong trào: thường xuyên (trích yếu nói “thường xuyên” hoặc “hằng năm”)."
                : "Loại phong trào: theo chuyên đề (mặc định cho công văn phát động; dùng tham số kind nếu khác).");
        return regular ? CampaignKind.REGULAR : CampaignKind.THEMATIC;
    }

    /** The first plan cited with its number, date and issuer; the others are named in the assumptions. */
    private static ParentPlan parentPlan(LetterReading reading, List<String> assumptions) {
        if (!reading.parentPlans().found()) {
            return null;
        }
        List<PlanReference> plans = reading.parentPlans().value();
        PlanReference chosen = plans.stream().filter(PlanReference::complete)
                .filter(plan -> plan.kind().equals("Kế hoạch")).findFirst()
                .or(() -> plans.stream().filter(PlanReference::complete).findFirst())
                .orElse(null);
        if (chosen == null) {
            assumptions.add("Không ghi kế hoạch cấp trên: văn bản dẫn chiếu " + plans.getFirst().citation()
                    + " nhưng thiếu ngày ban hành hoặc cơ quan ban hành.");
            return null;
        }
        if (plans.size() > 1) {
            assumptions.add("Kế hoạch cấp trên: " + chosen.citation() + "; các văn bản khác được dẫn chiếu không ghi vào "
                    + "phong trào: " + String.join("; ", plans.stream().filter(plan -> plan != chosen)
                            .map(PlanReference::citation).toList()) + ".");
        }
        return new ParentPlan(chosen.number(), chosen.date(), chosen.issuer());
    }

    /**
     * The units asked for; else the units the addressees were matched to; else, when none matched,
     * every active unit of the agency. Agencies and unmatched lines are named in the assumptions.
     */
    private List<String> participants(Agency agency, DraftOptions options, List<AddresseeMatch> addressees,
            List<String> assumptions) {
        if (options.participants() != null && !options.participants().isEmpty()) {
            return options.participants().stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        }
        LocalDate today = VietnamDates.today(clock);
        List<String> active = agency.units().stream().filter(unit -> !unit.isHistoryOn(today)).map(Unit::code).toList();
        List<String> matched = addressees.stream().filter(AddresseeMatch::matched)
                .flatMap(match -> match.entries().stream())
                .filter(entry -> entry.kind() == AddresseeMatch.Kind.UNIT)
                .map(AddresseeMatch.Entry::code)
                .distinct()
                .toList();
        List<String> unmatched = addressees.stream().filter(match -> !match.matched()).map(AddresseeMatch::addressee)
                .toList();
        List<String> agencies = addressees.stream().filter(AddresseeMatch::matched)
                .flatMap(match -> match.entries().stream())
                .filter(entry -> entry.kind() == AddresseeMatch.Kind.AGENCY)
                .map(entry -> entry.name() + " (" + entry.code() + ")")
                .toList();
        String rest = (unmatched.isEmpty() ? "" : " Không khớp danh bạ: " + String.join("; ", unmatched) + ".")
                + (agencies.isEmpty() ? "" : " Cơ quan được gửi (không phải đơn vị, chọn đơn vị của cơ quan này bằng "
                        + "tham số participants nếu cần): " + String.join("; ", agencies) + ".");
        if (matched.isEmpty()) {
            assumptions.add("Đơn vị tham gia: tất cả " + active.size() + " đơn vị đang hoạt động của " + agency.name()
                    + " (không dòng “Kính gửi” nào khớp với đơn vị trong danh bạ; chọn lại bằng tham số participants "
                    + "nếu cần)." + rest);
            return active;
        }
        String which = matched.size() == active.size() && active.containsAll(matched)
                ? "tất cả " + matched.size() + " đơn vị đang hoạt động của " + agency.name()
                : matched.size() + " đơn vị " + String.join(", ", matched);
        assumptions.add("Đơn vị tham gia: " + which + ", theo các dòng “Kính gửi” khớp với danh bạ (chọn lại bằng tham "
                + "số participants nếu cần)." + rest);
        return matched;
    }

    private static void issuerCheck(LetterReading reading, Agency agency, List<String> assumptions) {
        if (reading.issuer().found()
                && !VietnameseText.normalise(reading.issuer().value()).equals(VietnameseText.normalise(agency.name()))) {
            assumptions.add("Văn bản do “" + reading.issuer().value() + "” ban hành; dự thảo được tạo cho cơ quan của bạn: "
                    + agency.name() + ".");
        }
    }
}
