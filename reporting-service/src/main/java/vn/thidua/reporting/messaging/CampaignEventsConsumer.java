package vn.thidua.reporting.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.contracts.campaign.DirectoryEvent;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.reporting.dashboard.DashboardChanges;
import vn.thidua.reporting.dashboard.DashboardProjection;
import vn.thidua.reporting.directory.MovementDirectory;
import vn.thidua.reporting.directory.UnitDirectory;
import vn.thidua.reporting.report.ExpectedReports;

/**
 * Binding {@code campaignEvents-in-0}: movements' events, as group reporting-service. A launch makes
 * the units' reports expected, one per reporting period, and a change of its milestones makes them follow; every movement event also feeds the dashboard (after the reports, so
 * a launch whose reports cannot be created is retried whole, and both writes are idempotent). The
 * directory's unit events tell which agency each unit belongs to, for access to its reports; a
 * launch's letterhead (issuer, parent body, period) is kept for the aggregate reports.
 */
@Configuration(proxyBeanMethods = false)
public class CampaignEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> campaignEvents(EventReader reader, ExpectedReports expectedReports,
            UnitDirectory directory, MovementDirectory movements, DashboardProjection dashboard,
            DashboardChanges changes) {
        return message -> reader.read(message).ifPresent(inbound -> {
            switch (inbound.data()) {
                case CampaignLaunched launched -> {
                    expectedReports.expectReports(launched, inbound.id());
                    movements.launched(launched, inbound.id());
                }
                case CampaignUpdated updated -> {
                    expectedReports.follow(updated, inbound.id());
                    movements.updated(updated, inbound.id());
                }
                case DirectoryEvent unit -> directory.apply(unit, inbound.id());
                default -> {
                    // Other movement events only feed the dashboard.
                }
            }
            dashboard.apply(inbound.id(), inbound.data()).ifPresent(changes::publish);
        });
    }
}
