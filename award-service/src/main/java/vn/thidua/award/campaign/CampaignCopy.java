package vn.thidua.award.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.campaign.CampaignLaunched;

/**
 * award-service's own copy of a launched movement: what nominations and decisions need (the issuing
 * agency numbers the decisions; only participants can be nominated), kept from
 * {@code CampaignLaunched} so no call to campaign-service is ever needed.
 */
@Document("campaigns")
public record CampaignCopy(@Id String id, String title, IssuingAgency issuingAgency, List<ParticipantCopy> participants,
        Instant launchedAt) {

    /** The agency that launched the movement and decides its awards. */
    public record IssuingAgency(String code, String name, String abbreviation) {
    }

    /** A participating unit. */
    public record ParticipantCopy(String unitId, String name) {
    }

    public CampaignCopy {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public static CampaignCopy of(CampaignLaunched launched) {
        CampaignLaunched.Agency agency = launched.issuingAgency();
        List<ParticipantCopy> participants = launched.participants() == null ? List.of()
                : launched.participants().stream().map(p -> new ParticipantCopy(p.unitId(), p.name())).toList();
        return new CampaignCopy(launched.campaignId(), launched.title(),
                agency == null ? null : new IssuingAgency(agency.code(), agency.name(), agency.abbreviation()),
                participants, launched.launchedAt());
    }

    public Optional<ParticipantCopy> participant(String unitId) {
        return participants.stream().filter(p -> p.unitId().equals(unitId)).findFirst();
    }
}
