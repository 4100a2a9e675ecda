package vn.thidua.reporting.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.reporting.report.ExpectedReports;

/** Binding {@code campaignEvents-in-0}: movements' events, as group reporting-service. */
@Configuration(proxyBeanMethods = false)
public class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventReader reader, ExpectedReports expectedReports) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case CampaignLaunched launched -> expectedReports.expectFinalReports(launched, inbound.id(),
                        inbound.source());
                default -> {
                    // Other movement events do not change reports yet.
                }
            }
        });
    }
}
