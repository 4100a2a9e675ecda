package vn.thidua.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardForwarded;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.AwardOutcomeRecorded;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.CouncilSessionClosed;
import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.contracts.award.NominationAccepted;
import vn.thidua.contracts.award.NominationReturned;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.contracts.campaign.ClusterRankingPublished;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.notification.NotificationFailed;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;

/**
 * Every published event type. Adding an event means a record, a line here, a JSON Schema, a golden
 * sample and a message in asyncapi.yaml; the contract tests check all five agree.
 */
public final class EventCatalog {

    public static final List<EventType> ALL = List.of(
            new EventType("CampaignLaunched", 1, Topics.CAMPAIGN, CampaignLaunched.class),
            new EventType("CampaignUpdated", 1, Topics.CAMPAIGN, CampaignUpdated.class),
            new EventType("CampaignCascaded", 1, Topics.CAMPAIGN, CampaignCascaded.class),
            new EventType("RegistrationSubmitted", 1, Topics.CAMPAIGN, RegistrationSubmitted.class),
            new EventType("UnitRegistered", 1, Topics.CAMPAIGN, UnitRegistered.class),
            new EventType("UnitChanged", 1, Topics.CAMPAIGN, UnitChanged.class),
            new EventType("ClusterRankingPublished", 1, Topics.CAMPAIGN, ClusterRankingPublished.class),
            new EventType("ReportSubmitted", 1, Topics.REPORTING, ReportSubmitted.class),
            new EventType("ReportDue", 1, Topics.REPORTING, ReportDue.class),
            new EventType("ReportOverdue", 1, Topics.REPORTING, ReportOverdue.class),
            new EventType("AwardNominated", 1, Topics.AWARD, AwardNominated.class),
            new EventType("AwardDecided", 1, Topics.AWARD, AwardDecided.class),
            new EventType("NominationReturned", 1, Topics.AWARD, NominationReturned.class),
            new EventType("NominationAccepted", 1, Topics.AWARD, NominationAccepted.class),
            new EventType("DisclosureOpened", 1, Topics.AWARD, DisclosureOpened.class),
            new EventType("CouncilSessionClosed", 1, Topics.AWARD, CouncilSessionClosed.class),
            new EventType("AwardRevoked", 1, Topics.AWARD, AwardRevoked.class),
            new EventType("AwardForwarded", 1, Topics.AWARD, AwardForwarded.class),
            new EventType("AwardOutcomeRecorded", 1, Topics.AWARD, AwardOutcomeRecorded.class),
            new EventType("NotificationSent", 1, Topics.NOTIFICATION, NotificationSent.class),
            new EventType("NotificationFailed", 1, Topics.NOTIFICATION, NotificationFailed.class));

    private static final Map<String, EventType> BY_CE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    public static EventType of(IntegrationEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> recordType) {
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("Not a published event type: " + recordType.getName());
        }
        return type;
    }
}
