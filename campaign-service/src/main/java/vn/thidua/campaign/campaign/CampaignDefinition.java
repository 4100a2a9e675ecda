package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.eventing.web.DomainException;

/**
 * What the office writes when it drafts a movement, before the directory snapshots are added.
 * {@code registrationDeadline} (optional) is the last day units may register (đăng ký thi đua);
 * {@code interimMilestones} (optional) the interim reports (sơ kết) before the final one.
 */
public record CampaignDefinition(String title, CampaignKind kind, String theme, ParentPlan parentPlan,
        List<CampaignContent> contents, LocalDate periodStart, LocalDate periodEnd, LocalDate finalReportDue,
        LocalDate registrationDeadline, List<Milestone> interimMilestones) {

    public CampaignDefinition {
        contents = contents == null ? List.of()
                : contents.stream().sorted(Comparator.comparingInt(CampaignContent::number)).toList();
        interimMilestones = interimMilestones == null ? List.of() : List.copyOf(interimMilestones);
    }

    /** A movement with the final report only. */
    public CampaignDefinition(String title, CampaignKind kind, String theme, ParentPlan parentPlan,
            List<CampaignContent> contents, LocalDate periodStart, LocalDate periodEnd, LocalDate finalReportDue,
            LocalDate registrationDeadline) {
        this(title, kind, theme, parentPlan, contents, periodStart, periodEnd, finalReportDue, registrationDeadline,
                List.of());
    }

    /** Refuses a definition that breaks the rules of a movement. */
    void check(CampaignPolicy policy) {
        if (title == null || title.isBlank()) {
            throw DomainException.rejected("title-required", "Tên phong trào thi đua là bắt buộc.");
        }
        if (kind == null) {
            throw DomainException.rejected("kind-required", "Loại phong trào (thường xuyên hay theo chuyên đề) là bắt buộc.");
        }
        checkContents();
        if (periodStart == null || periodEnd == null || periodStart.isAfter(periodEnd)) {
            throw DomainException.rejected("invalid-period",
                    "Thời gian thi đua không hợp lệ: ngày bắt đầu phải trước hoặc trùng ngày kết thúc.");
        }
        checkFinalReportDue(finalReportDue, periodStart, periodEnd, policy);
        if (registrationDeadline != null
                && (registrationDeadline.isBefore(periodStart) || registrationDeadline.isAfter(periodEnd))) {
            throw DomainException.rejected("invalid-registration-deadline",
                    "Hạn đăng ký thi đua phải nằm trong thời gian thi đua (từ ngày " + VietnamDates.format(periodStart)
                            + " đến ngày " + VietnamDates.format(periodEnd) + ").");
        }
        InterimMilestones.check(interimMilestones, periodStart, periodEnd, finalReportDue);
        if (parentPlan != null && (isBlank(parentPlan.number()) || parentPlan.date() == null
                || isBlank(parentPlan.issuer()))) {
            throw DomainException.rejected("invalid-parent-plan",
                    "Kế hoạch của cấp trên cần có số, ngày ban hành và cơ quan ban hành.");
        }
    }

    /** The final report is due inside the period or within the policy's grace after it. */
    static void checkFinalReportDue(LocalDate finalReportDue, LocalDate periodStart, LocalDate periodEnd,
            CampaignPolicy policy) {
        LocalDate latestDue = periodEnd.plus(policy.finalReportGrace());
        if (finalReportDue == null || finalReportDue.isBefore(periodStart) || finalReportDue.isAfter(latestDue)) {
            throw DomainException.rejected("invalid-final-report-due",
                    "Hạn nộp báo cáo tổng kết phải nằm trong thời gian thi đua hoặc không muộn hơn ngày "
                            + latestDue + ".");
        }
    }

    /** Contents are numbered 1..n without gaps or repeats, as in the letter. */
    private void checkContents() {
        if (contents.isEmpty()) {
            throw DomainException.rejected("contents-required", "Phong trào cần ít nhất một nội dung thi đua.");
        }
        List<Integer> numbers = contents.stream().map(CampaignContent::number).toList();
        if (!numbers.equals(IntStream.rangeClosed(1, contents.size()).boxed().toList())) {
            throw DomainException.rejected("invalid-content-numbers",
                    "Các nội dung thi đua phải được đánh số liên tục từ 1 đến " + contents.size()
                            + ", không trùng nhau (đang có: "
                            + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ").");
        }
        contents.stream().filter(content -> isBlank(content.text())).findFirst().ifPresent(empty -> {
            throw DomainException.rejected("content-text-required",
                    "Nội dung thi đua số " + empty.number() + " chưa có nội dung.");
        });
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
