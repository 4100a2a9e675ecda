package vn.thidua.infra.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.infra.standin.KafkaBroker;
import vn.thidua.infra.standin.MailStandIn;
import vn.thidua.infra.standin.MongoStandIn;
import vn.thidua.infra.support.ParentWatch;

/** The command lines of the stand-ins and applications, for one set of options. */
final class ChildSpecs {

    static final String KAFKA = "kafka";
    static final String MONGO = "mongo";
    static final String MAIL = "mail";
    static final String IDENTITY = "identity";

    private static final List<String> STAND_IN_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    private final LaunchOptions options;
    private final PortPlan ports;
    private final ExternalInfrastructure external;
    private final HttpClient http;
    private final String java;

    ChildSpecs(LaunchOptions options, HttpClient http) {
        this.options = options;
        this.ports = options.ports();
        this.external = options.external();
        this.http = http;
        this.java = javaBinary();
    }

    ChildSpec kafka() {
        return standIn(KAFKA, ports.kafka(), "-Xmx512m", KafkaBroker.class, ReadinessCheck.kafka(ports.kafka()),
                "--data-dir", options.dataDir().toString(),
                "--port", Integer.toString(ports.kafka()),
                "--controller-port", Integer.toString(ports.kafkaController()));
    }

    ChildSpec mongo() {
        return standIn(MONGO, ports.mongo(), "-Xmx256m", MongoStandIn.class, ReadinessCheck.tcp(ports.mongo()),
                "--data-dir", options.dataDir().toString(),
                "--port", Integer.toString(ports.mongo()));
    }

    ChildSpec mail() {
        ReadinessCheck smtpAndListing = () ->
                ReadinessCheck.acceptsConnections(ports.smtp()) && ReadinessCheck.acceptsConnections(ports.mailHttp());
        return standIn(MAIL, ports.smtp(), "-Xmx128m", MailStandIn.class, smtpAndListing,
                "--smtp-port", Integer.toString(ports.smtp()),
                "--http-port", Integer.toString(ports.mailHttp()));
    }

    /**
     * The dev OIDC provider: a Spring Boot jar of its own (its logging and classpath stay apart
     * from this module's), keeping its signing key under the data directory.
     */
    ChildSpec identity() {
        int port = ports.identity();
        String healthUrl = "http://localhost:" + port + "/actuator/health";
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(List.of("-Xms32m", "-Xmx192m"));
        command.addAll(STAND_IN_JVM_OPTIONS);
        command.add("-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(identityJar(options.root()).toString());
        command.add("--server.port=" + port);
        command.add("--thidua.identity.issuer=" + identityIssuer());
        command.add("--thidua.identity.data-dir=" + options.dataDir());
        command.add("--thidua.identity.portal-base-url=http://localhost:" + ports.app(App.PORTAL));
        return new ChildSpec(IDENTITY, command, port, healthUrl, ReadinessCheck.health(http, URI.create(healthUrl)));
    }

    /** The issuer the applications trust: the real provider when configured, else the stand-in. */
    String identityIssuer() {
        return external.oidcIssuer().orElse("http://localhost:" + ports.identity());
    }

    static Path identityJar(Path root) {
        return root.resolve("infra").resolve("identity-provider").resolve("target").resolve("identity-provider.jar");
    }

    ChildSpec app(App app) {
        return app(new AppInstance(app, 1));
    }

    /** One instance of an application; every instance of a service shares the broker, the store and the consumer groups. */
    ChildSpec app(AppInstance instance) {
        App app = instance.app();
        int port = ports.app(instance);
        String healthUrl = "http://localhost:" + port + "/actuator/health";
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options.appJavaOptions());
        command.add("-jar");
        command.add(app.jar(options.root()).toString());
        command.add("--server.port=" + port);
        command.addAll(appArguments(instance));
        return new ChildSpec(instance.name(), command, port, healthUrl,
                ReadinessCheck.health(http, URI.create(healthUrl)));
    }

    /**
     * Points each application at the stand-ins this launcher runs. Real infrastructure given in
     * the environment needs no argument: the applications inherit the environment. The issuer is
     * always passed, since {@code THIDUA_OIDC_ISSUER_URI} is not a name Spring reads itself.
     */
    List<String> appArguments(App app) {
        return appArguments(new AppInstance(app, 1));
    }

    private List<String> appArguments(AppInstance instance) {
        App app = instance.app();
        List<String> arguments = new ArrayList<>();
        // Harmless until an application depends on the resource server starter.
        String issuer = "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identityIssuer();
        if (app == App.PORTAL) {
            arguments.add("--thidua.services.campaign-url=http://localhost:" + ports.app(App.CAMPAIGN));
            arguments.add("--thidua.services.reporting-url=http://localhost:" + ports.app(App.REPORTING));
            arguments.add("--thidua.services.award-url=http://localhost:" + ports.app(App.AWARD));
            arguments.add("--thidua.services.notification-url=http://localhost:" + ports.app(App.NOTIFICATION));
            arguments.add(issuer);
            return arguments;
        }
        if (!external.hasMongo()) {
            arguments.add("--spring.mongodb.uri=mongodb://localhost:" + ports.mongo());
        }
        if (!external.hasKafka()) {
            arguments.add("--spring.cloud.stream.kafka.binder.brokers=localhost:" + ports.kafka());
        }
        if (app == App.NOTIFICATION) {
            // The launch letter and decision PDFs it attaches, read from the services on their shifted ports.
            arguments.add("--thidua.notification.attachments.campaign-url=http://localhost:" + ports.app(App.CAMPAIGN));
            arguments.add("--thidua.notification.attachments.award-url=http://localhost:" + ports.app(App.AWARD));
        }
        if (app == App.NOTIFICATION && !external.hasMail()) {
            // The local mail server has no sending limit to respect (a real relay's is configured instead).
            arguments.add("--thidua.notification.dispatch.rate-per-second=0");
            arguments.add("--spring.mail.host=localhost");
            arguments.add("--spring.mail.port=" + ports.smtp());
        }
        if (app == App.NOTIFICATION && !external.hasSmsProvider()) {
            // notification-service runs its own SMPP sink and sends to it, as it would to an SMS centre. Only the
            // first instance runs it (one port); further instances send to that one, as replicas share one SMSC.
            arguments.add("--thidua.notification.sms.provider=smpp");
            arguments.add("--thidua.notification.sms.sink.enabled=" + (instance.number() == 1));
            if (instance.number() == 1) {
                arguments.add("--thidua.notification.sms.sink.port=" + ports.smpp());
            }
            arguments.add("--thidua.notification.sms.smpp.host=localhost");
            arguments.add("--thidua.notification.sms.smpp.port=" + ports.smpp());
        }
        arguments.add("--thidua.portal.base-url=http://localhost:" + ports.app(App.PORTAL));
        arguments.add(issuer);
        return arguments;
    }

    private ChildSpec standIn(String name, int port, String heap, Class<?> mainClass, ReadinessCheck readiness,
            String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(heap);
        command.addAll(STAND_IN_JVM_OPTIONS);
        if (Runtime.version().feature() >= 23) {
            // Kafka and Netty still use sun.misc.Unsafe; JDK 23+ would print a warning block at every start.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(options.standInClasspath());
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return new ChildSpec(name, command, port, null, readiness);
    }

    /** The java that runs this launcher, so every child uses the same JDK. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(command -> Files.isExecutable(Path.of(command)))
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
