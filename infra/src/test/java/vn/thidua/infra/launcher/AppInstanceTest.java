package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppInstanceTest {

    @Test
    void theFirstInstanceKeepsTheApplicationsNameAndFurtherOnesAreNumbered() {
        assertThat(AppInstance.all(1)).extracting(AppInstance::name).containsExactly(
                "campaign-service", "reporting-service", "award-service", "notification-service", "portal");
        assertThat(AppInstance.all(3)).extracting(AppInstance::name).contains(
                "reporting-service", "reporting-service-2", "reporting-service-3", "portal").doesNotContain("portal-2");
        assertThat(AppInstance.of(App.AWARD, 2)).extracting(AppInstance::name).containsExactly("award-service", "award-service-2");
    }

    @Test
    void readsANameBack() {
        assertThat(AppInstance.byName("notification-service-2")).contains(new AppInstance(App.NOTIFICATION, 2));
        assertThat(AppInstance.byName("portal")).contains(new AppInstance(App.PORTAL, 1));
        assertThat(AppInstance.byName("portal-2")).isEmpty();
        assertThat(AppInstance.byName("reporting-service-1")).isEmpty();
        assertThat(AppInstance.byName("kafka")).isEmpty();
    }

    @Test
    void furtherInstancesTakeTenPortsPerInstanceAboveTheFirst() {
        PortPlan ports = new PortPlan(4500);

        assertThat(ports.app(new AppInstance(App.REPORTING, 1))).isEqualTo(12582);
        assertThat(ports.app(new AppInstance(App.REPORTING, 2))).isEqualTo(12592);
        assertThat(ports.app(new AppInstance(App.NOTIFICATION, 6))).isEqualTo(12634);
    }

    @Test
    void furtherNotificationInstancesSendToTheFirstInstancesSmsSink() {
        LaunchOptions options = LaunchOptions.builder(Path.of("/srv/thidua")).environment(Map.of()).portOffset(20000)
                .replicas(2).build();
        ChildSpec second = new ChildSpecs(options, HttpClient.newHttpClient()).app(new AppInstance(App.NOTIFICATION, 2));

        assertThat(second.name()).isEqualTo("notification-service-2");
        assertThat(second.port()).isEqualTo(28094);
        assertThat(second.healthUrl()).isEqualTo("http://localhost:28094/actuator/health");
        assertThat(second.command()).contains("--server.port=28094", "--thidua.notification.sms.sink.enabled=false",
                "--thidua.notification.sms.smpp.port=22775", "--spring.cloud.stream.kafka.binder.brokers=localhost:29092")
                .noneMatch(argument -> argument.startsWith("--thidua.notification.sms.sink.port="));
    }

    @Test
    void replicasStayWithinWhatThePartitionsCanUse() {
        assertThatThrownBy(() -> LaunchOptions.builder(Path.of("/srv/thidua")).replicas(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 6");
        assertThatThrownBy(() -> LaunchOptions.builder(Path.of("/srv/thidua")).replicas(7).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LaunchOptions.builder(Path.of("/srv/thidua")).build().replicas()).isOne();
    }
}
