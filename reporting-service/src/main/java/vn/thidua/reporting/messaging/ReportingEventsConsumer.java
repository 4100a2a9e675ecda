package vn.thidua.reporting.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.reporting.dashboard.DashboardChanges;
import vn.thidua.reporting.dashboard.DashboardProjection;

/**
 * Binding {@code reportingEvents-in-0}: this service's own topic, as group reporting-service, for the
 * dashboard. Reading its own published events (rather than updating the dashboard in the command)
 * keeps the dashboard a function of the topics alone, so a replay rebuilds it exactly; the outbox
 * relay is woken by each write, so the delay is a round trip through Kafka.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> reportingEvents(EventReader reader, DashboardProjection dashboard,
            DashboardChanges changes) {
        return message -> reader.read(message)
                .flatMap(inbound -> dashboard.apply(inbound.id(), inbound.data()))
                .ifPresent(changes::publish);
    }
}
