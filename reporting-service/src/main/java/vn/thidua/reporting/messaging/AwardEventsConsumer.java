package vn.thidua.reporting.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.reporting.dashboard.DashboardChanges;
import vn.thidua.reporting.dashboard.DashboardProjection;

/** Binding {@code awardEvents-in-0}: nominations, decisions and revocations, as group reporting-service, for the dashboard. */
@Configuration(proxyBeanMethods = false)
public class AwardEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventReader reader, DashboardProjection dashboard,
            DashboardChanges changes) {
        return message -> reader.read(message)
                .flatMap(inbound -> dashboard.apply(inbound.id(), inbound.data()))
                .ifPresent(changes::publish);
    }
}
