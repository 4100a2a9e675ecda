package vn.thidua.notification.notice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import vn.thidua.contracts.campaign.CampaignLaunched;

/**
 * What the launch email shows one participating unit, in the shape of the launch letter (công văn
 * phát động): prepared here so the templates only place values.
 *
 * @param letterDate     "ngày 02 tháng 02 năm 2026", for the Vietnamese letter
 * @param launchDate     02/02/2026, for other languages
 * @param parentPlan     "Thực hiện Kế hoạch số … ngày … của …", for the Vietnamese letter
 * @param parentPlanRef  the plan's number, date and issuer as they are, for other languages
 */
public record LaunchLetter(
        String parentBody,
        String issuingBody,
        String agencyName,
        String letterNumber,
        String letterDate,
        String launchDate,
        String title,
        String theme,
        String parentPlan,
        PlanReference parentPlanRef,
        String headName,
        String unitName,
        List<CampaignLaunched.Content> contents,
        String periodStart,
        String periodEnd,
        String finalReportDue,
        String portalUrl) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static LaunchLetter of(CampaignLaunched launched, CampaignLaunched.Participant participant, String portalUrl,
            ZoneId zone) {
        CampaignLaunched.Agency agency = launched.issuingAgency();
        String agencyName = agency == null ? null : agency.name();
        LocalDate launchDate = launched.launchedAt() == null ? null : launched.launchedAt().atZone(zone).toLocalDate();
        return new LaunchLetter(
                agency == null || agency.parentName() == null ? null : agency.parentName().toUpperCase(VIETNAMESE),
                agencyName == null ? null : agencyName.toUpperCase(VIETNAMESE),
                agencyName,
                launched.letterNumber(),
                VietnameseDates.longForm(launchDate),
                VietnameseDates.shortForm(launchDate),
                launched.title(),
                launched.theme(),
                parentPlan(launched.parentPlan()),
                PlanReference.of(launched.parentPlan()),
                participant.headName(),
                participant.name(),
                launched.contents() == null ? List.of() : launched.contents(),
                VietnameseDates.shortForm(launched.periodStart()),
                VietnameseDates.shortForm(launched.periodEnd()),
                VietnameseDates.shortForm(launched.finalReportDue()),
                portalUrl);
    }

    /** The parent plan (number, dd/MM/yyyy date, issuer), when there is one. */
    public record PlanReference(String number, String date, String issuer) {

        static PlanReference of(CampaignLaunched.ParentPlan plan) {
            if (plan == null || plan.number() == null || plan.number().isBlank()) {
                return null;
            }
            return new PlanReference(plan.number(), VietnameseDates.shortForm(plan.date()),
                    plan.issuer() == null || plan.issuer().isBlank() ? null : plan.issuer());
        }
    }

    /** "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi", when there is one. */
    private static String parentPlan(CampaignLaunched.ParentPlan plan) {
        if (plan == null || plan.number() == null || plan.number().isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder("Thực hiện Kế hoạch số ").append(plan.number());
        if (plan.date() != null) {
            text.append(" ngày ").append(VietnameseDates.shortForm(plan.date()));
        }
        if (plan.issuer() != null && !plan.issuer().isBlank()) {
            text.append(" của ").append(plan.issuer());
        }
        return text.toString();
    }
}
