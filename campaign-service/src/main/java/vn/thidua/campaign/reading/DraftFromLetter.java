package vn.thidua.campaign.reading;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignContent;
import vn.thidua.campaign.campaign.CampaignKind;
import vn.thidua.campaign.campaign.CampaignStatus;
import vn.thidua.campaign.campaign.ParentPlan;
import vn.thidua.campaign.campaign.Participant;

/**
 * The answer of {@code POST /api/campaigns/drafts/from-letter}: what was read and, with
 * {@code create=true}, the draft created from it, the addressees matched to the directory, and every value of the draft that did not come
 * from the letter ({@code assumptions}, in Vietnamese).
 */
public record DraftFromLetter(LetterReading reading,
        @Schema(description = "Từng dòng “Kính gửi:” và mã cơ quan, đơn vị khớp trong danh bạ (hoặc không khớp)")
        List<AddresseeMatch> addressees,
        @Schema(description = "Dự thảo phong trào đã tạo (chỉ khi create=true)") CreatedDraft draft,
        @Schema(description = "Những giá trị của dự thảo không lấy từ văn bản và cách đã điền") List<String> assumptions) {

    static DraftFromLetter readOnly(LetterReading reading, List<AddresseeMatch> addressees) {
        return new DraftFromLetter(reading, addressees, null, List.of());
    }

    /** The draft movement as created; {@code GET /api/campaigns/{id}} shows it in full. */
    public record CreatedDraft(String id, CampaignStatus status, String title, CampaignKind kind, String theme,
            String issuingAgencyCode, String issuingAgencyName, ParentPlan parentPlan, List<CampaignContent> contents,
            LocalDate periodStart, LocalDate periodEnd, LocalDate finalReportDue, LocalDate registrationDeadline,
            List<String> participantUnitCodes) {

        static CreatedDraft of(Campaign campaign) {
            return new CreatedDraft(campaign.id(), campaign.status(), campaign.title(), campaign.kind(),
                    campaign.theme(), campaign.issuingAgency().code(), campaign.issuingAgency().name(),
                    campaign.parentPlan(), campaign.contents(), campaign.periodStart(), campaign.periodEnd(),
                    campaign.finalReportDue(), campaign.registrationDeadline(),
                    campaign.participants().stream().map(Participant::unitId).toList());
        }
    }
}
