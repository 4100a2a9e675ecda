package vn.thidua.notification.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.notification.notice.DecisionNotices;
import vn.thidua.notification.notice.LaunchNotices;

/**
 * The consumer bindings ({@code spring.cloud.function.definition}). Unknown types are skipped by the
 * reader; unreadable ones go to the dead-letter topic; a notice that cannot be completed yet throws,
 * and the binder retries with backoff.
 */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventReader reader, LaunchNotices launches) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case CampaignLaunched launched -> launches.on(inbound, launched);
                default -> {
                    // Other movement events call for no notification yet.
                }
            }
        });
    }

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventReader reader, DecisionNotices decisions) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case AwardDecided decided -> decisions.on(inbound, decided);
                default -> {
                    // Nominations are not announced; decisions are.
                }
            }
        });
    }
}
