package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChildSpecsTest {

    private static final Path ROOT = Path.of("/srv/thidua");

    @Test
    void pointsServicesAtTheStandInsWhenNothingIsConfigured() {
        ChildSpecs specs = specs(Map.of(), 20000);

        assertThat(specs.appArguments(App.NOTIFICATION)).containsExactly(
                "--spring.mongodb.uri=mongodb://localhost:47017",
                "--spring.cloud.stream.kafka.binder.brokers=localhost:29092",
                "--thidua.notification.attachments.campaign-url=http://localhost:28081",
                "--thidua.notification.attachments.award-url=http://localhost:28083",
                "--thidua.notification.dispatch.rate-per-second=0",
                "--spring.mail.host=localhost",
                "--spring.mail.port=22525",
                "--thidua.notification.sms.provider=smpp",
                "--thidua.notification.sms.sink.enabled=true",
                "--thidua.notification.sms.sink.port=22775",
                "--thidua.notification.sms.smpp.host=localhost",
                "--thidua.notification.sms.smpp.port=22775",
                "--thidua.portal.base-url=http://localhost:28080",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:29000");
        assertThat(specs.appArguments(App.PORTAL)).containsExactly(
                "--thidua.services.campaign-url=http://localhost:28081",
                "--thidua.services.reporting-url=http://localhost:28082",
                "--thidua.services.award-url=http://localhost:28083",
                "--thidua.services.notification-url=http://localhost:28084",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:29000");
    }

    @Test
    void leavesRealInfrastructureToTheInheritedEnvironment() {
        ChildSpecs specs = specs(Map.of(
                "SPRING_MONGODB_URI", "mongodb://db:27017",
                "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "kafka:9092",
                "SPRING_MAIL_HOST", "smtp.example",
                "THIDUA_NOTIFICATION_SMS_PROVIDER", "http",
                "THIDUA_OIDC_ISSUER_URI", "https://id.quangngai.gov.vn/realms/thidua"), 0);

        assertThat(specs.appArguments(App.NOTIFICATION)).containsExactly(
                "--thidua.notification.attachments.campaign-url=http://localhost:8081",
                "--thidua.notification.attachments.award-url=http://localhost:8083",
                "--thidua.portal.base-url=http://localhost:8080",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://id.quangngai.gov.vn/realms/thidua");
    }

    @Test
    void runsTheApplicationJarWithTheGivenJvmOptions() {
        ChildSpec campaign = specs(Map.of(), 0).app(App.CAMPAIGN);

        assertThat(campaign.command()).containsSubsequence("-Xmx99m", "-jar",
                ROOT.resolve("campaign-service/target/campaign-service.jar").toString(), "--server.port=8081");
        assertThat(campaign.healthUrl()).isEqualTo("http://localhost:8081/actuator/health");
    }

    @Test
    void runsTheDevIdentityProviderJarWithItsIssuerDataDirAndPortalAddress() {
        ChildSpec identity = specs(Map.of(), 100).identity();

        assertThat(identity.name()).isEqualTo("identity");
        assertThat(identity.port()).isEqualTo(9100);
        assertThat(identity.healthUrl()).isEqualTo("http://localhost:9100/actuator/health");
        assertThat(identity.command()).containsSubsequence("-jar",
                ROOT.resolve("infra/identity-provider/target/identity-provider.jar").toString(),
                "--server.port=9100",
                "--thidua.identity.issuer=http://localhost:9100",
                "--thidua.identity.data-dir=" + ROOT.resolve(".data"),
                "--thidua.identity.portal-base-url=http://localhost:8180");
    }

    @Test
    void theSpringIssuerVariableAlsoNamesARealProvider() {
        ExternalInfrastructure external = ExternalInfrastructure.from(
                Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://id.example"));

        assertThat(external.hasIdentityProvider()).isTrue();
        assertThat(external.oidcIssuer()).contains("https://id.example");
        assertThat(ExternalInfrastructure.from(Map.of("THIDUA_OIDC_ISSUER_URI", " ")).hasIdentityProvider()).isFalse();
    }

    @Test
    void readsJavaOptionsAndTimeoutFromTheEnvironment() {
        LaunchOptions options = LaunchOptions.builder(ROOT)
                .environment(Map.of("THIDUA_JAVA_OPTS", " -Xmx512m  -XX:+UseG1GC ", "THIDUA_START_TIMEOUT", "300"))
                .build();

        assertThat(options.appJavaOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
        assertThat(options.startTimeout()).hasSeconds(300);
        assertThat(options.dataDir()).isEqualTo(ROOT.resolve(".data"));
        assertThat(options.runDir()).isEqualTo(ROOT.resolve(".run"));
    }

    private static ChildSpecs specs(Map<String, String> environment, int offset) {
        LaunchOptions options = LaunchOptions.builder(ROOT)
                .environment(environment)
                .portOffset(offset)
                .appJavaOptions(List.of("-Xmx99m"))
                .build();
        return new ChildSpecs(options, HttpClient.newHttpClient());
    }
}
