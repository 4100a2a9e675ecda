package vn.thidua.award.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.award.campaign.CampaignCopies;
import vn.thidua.award.directory.UnitDirectory;
import vn.thidua.award.evidence.EvidenceLedger;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardOutcomeRecorded;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.inbound.EventReader;

/**
 * The consumer bindings ({@code spring.cloud.function.definition}): movements launched, to know
 * participants and the issuing agency; units of the directory, to know each unit's agency (who may
 * see and manage its nominations and achievements); reports submitted, as nomination evidence; its own awards
 * decided (and high honours a superior granted), into the achievement history (the outbox guarantees the event, the history's keys make
 * a redelivery a no-op). Unknown types are
 * skipped by the reader; unreadable ones go to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventReader reader, CampaignCopies campaigns, UnitDirectory units) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case CampaignLaunched launched -> campaigns.remember(launched);
                case UnitRegistered registered -> units.remember(registered);
                case UnitChanged changed -> units.remember(changed);
                default -> {
                    // Other movement events carry nothing award-service keeps yet.
                }
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> reportingEvents(EventReader reader, EvidenceLedger evidence) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case ReportSubmitted submitted -> evidence.record(inbound.id(), submitted);
                default -> {
                    // Other reporting events are not evidence.
                }
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventReader reader, NominationService nominations) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case AwardDecided decided -> nominations.recordInHistory(decided);
                case AwardOutcomeRecorded outcome -> nominations.recordGrantedInHistory(outcome);
                default -> {
                    // A nomination is not an achievement until it is decided.
                }
            }
        });
    }
}
