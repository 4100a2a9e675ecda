package vn.thidua.reporting.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.reporting.dashboard.DashboardChanges;
import vn.thidua.reporting.dashboard.DashboardProjection;
import vn.thidua.reporting.report.ExpectedReports;

/**
 * Binding {@code campaignEvents-in-0}: movements' events, as group reporting-service. A launch makes
 * the units' reports expected; every movement event also feeds the dashboard (after the reports, so
 * a launch whose reports cannot be created is retried whole, and both writes are idempotent).
 */
@Configuration(proxyBeanMethods = false)
public class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventReader reader, ExpectedReports expectedReports,
            DashboardProjection dashboard, DashboardChanges changes) {
        return message -> reader.read(message).ifPresent(inbound -> {
            if (inbound.data() instanceof CampaignLaunched launched) {
                expectedReports.expectFinalReports(launched, inbound.id(), inbound.source());
            }
            dashboard.apply(inbound.id(), inbound.data()).ifPresent(changes::publish);
        });
    }
}
