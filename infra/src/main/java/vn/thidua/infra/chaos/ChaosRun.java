package vn.thidua.infra.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.LaunchOptions;
import vn.thidua.infra.launcher.Launcher;
import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.support.EventLog;
import vn.thidua.infra.support.JsonHttp;
import vn.thidua.infra.support.SignedInUser;
import vn.thidua.infra.tools.DeadLetterReplay;
import vn.thidua.infra.verdict.Check;
import vn.thidua.infra.verdict.DeliveryChecks;
import vn.thidua.infra.workload.SteadySubmissions;
import vn.thidua.infra.workload.TrialAgency;

/**
 * {@code ./thidua chaos}: the platform under faults, judged from its data afterwards. On fresh data it
 * launches a movement, then, while a steady load of report submissions runs and a second movement's launch
 * fans out, kills each service in turn with SIGKILL and restarts it, kills and restarts the Kafka broker,
 * freezes the store for a few seconds, redelivers events duplicated and out of order, and injects poison
 * messages. After recovery every accepted submission must be stored once, evented once and counted once in
 * the dashboard, every launch e-mail delivered once, no outbox left with pending events, and every poison
 * message in its dead-letter topics with a reason and replayable with {@code ./thidua replay-dlq}.
 */
public final class ChaosRun {

    static final String AGENCY = "CHAOS";
    static final String DOMAIN_A = "a.chaos.thidua.vn";
    static final String DOMAIN_B = "b.chaos.thidua.vn";
    /** Killed in this order: reporting first, while the submissions depend on it; then the fan-out's sender. */
    public static final List<String> SERVICES = List.of("reporting-service", "notification-service", "award-service",
            "campaign-service", "portal");
    private static final String CAMPAIGN_TOPIC = "thidua.campaign.events";
    private static final String REPORTING_TOPIC = "thidua.reporting.events";
    private static final Map<String, String> POISON_TYPES = Map.of(
            CAMPAIGN_TOPIC, "thidua.CampaignLaunched.v1",
            REPORTING_TOPIC, "thidua.ReportSubmitted.v1",
            "thidua.award.events", "thidua.AwardNominated.v1",
            "thidua.notification.events", "thidua.NotificationSent.v1");
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(4);

    /** The run's size and where it runs. */
    public record Settings(Path root, int units, Duration pace, int portOffset, Path workDir, boolean keepData) {
    }

    /** Everything checked, with the counts the run is summarised by. */
    public record Outcome(List<Check> checks, List<String> faults, int accepted, int planned, long attempts, long retries,
                          long lost, long duplicates, int poisonInjected, int redelivered) {

        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }

        public String table() {
            return new StringBuilder(Check.table(checks)).append("\nFaults survived (").append(faults.size()).append("): ").append(String.join("; ", faults))
                    .append(".\nLoad held: ").append(accepted).append(" of ").append(planned).append(" submissions accepted in ")
                    .append(attempts).append(" attempts (").append(retries).append(" retried while something was down); ")
                    .append(redelivered).append(" events redelivered out of order; ").append(poisonInjected)
                    .append(" poison messages. Items lost = ").append(lost).append(", duplicates = ").append(duplicates).append(".\n")
                    .toString();
        }
    }

    private final Settings settings;
    private static final TrialAgency.Wording WORDING = new TrialAgency.Wording("Cơ quan thử lỗi", "Đơn vị thử lỗi số",
            "Phong trào thi đua thử lỗi", "Không mất, không trùng khi hệ thống gặp sự cố",
            List.of("Thi đua duy trì hoạt động khi hệ thống gặp sự cố.", "Thi đua bảo toàn dữ liệu báo cáo."));

    private final JsonHttp http = new JsonHttp(Duration.ofSeconds(60));
    private final List<String> faults = new ArrayList<>();

    public ChaosRun(Settings settings) {
        this.settings = settings;
    }

    public Outcome run() throws Exception {
        deleteRecursively(settings.workDir());
        try (Platform platform = Launcher.start(LaunchOptions.builder(settings.root())
                .dataDir(settings.workDir().resolve("data"))
                .runDir(settings.workDir().resolve("run"))
                .portOffset(settings.portOffset())
                .seed(true)
                .withoutExternalInfrastructure()
                .build())) {
            return underFaults(platform);
        } finally {
            if (!settings.keepData()) {
                deleteRecursively(settings.workDir());
            }
        }
    }

    private Outcome underFaults(Platform platform) throws Exception {
        Supplier<String> admin = new SignedInUser(platform.issuerUri(), "admin");
        String campaigns = platform.baseUrl("campaign-service");
        String reporting = platform.baseUrl("reporting-service");
        int units = settings.units();
        TrialAgency agency = new TrialAgency(http, campaigns, admin, AGENCY, WORDING);
        agency.register(List.of(DOMAIN_A, DOMAIN_B), units);

        // Movement A, and its units' reports under a steady load that runs through every fault below.
        String movementA = agency.launch("A", IntStream.range(0, units));
        JsonNode progress = await(Duration.ofMinutes(3), "reporting expects every unit of movement A",
                () -> http.get(reporting + "/api/campaigns/" + movementA + "/progress", admin.get()),
                answer -> answer.path("expected").asInt() == units);
        List<String> unitIds = new ArrayList<>();
        progress.path("units").forEach(unit -> unitIds.add(unit.path("unitId").asString()));
        KafkaFaults kafka = new KafkaFaults(platform.kafkaBootstrapServers());
        int redelivered;
        Map<String, List<String>> poisonByTopic = new HashMap<>();
        try (SteadySubmissions load = new SteadySubmissions(reporting, movementA, unitIds, admin, settings.pace())) {
            // Movement B's launch fans out while the services are killed in turn.
            String movementB = agency.launch("B", IntStream.range(units, 2 * units));
            for (String service : SERVICES) {
                platform.kill(service);
                pause(Duration.ofSeconds(2));
                platform.restart(service, RESTART_TIMEOUT);
                faults.add(service + " killed (SIGKILL) and restarted");
            }
            platform.kill("kafka");
            pause(Duration.ofSeconds(3));
            platform.restart("kafka", RESTART_TIMEOUT);
            faults.add("Kafka broker killed and restarted");
            platform.freeze("mongo", true);
            pause(Duration.ofSeconds(5));
            platform.freeze("mongo", false);
            faults.add("store frozen for 5 s");
            redelivered = kafka.redeliverReversed(REPORTING_TOPIC, record -> movementA.equals(key(record)))
                    + kafka.redeliverReversed(CAMPAIGN_TOPIC, record -> movementA.equals(key(record)) || movementB.equals(key(record)));
            faults.add(redelivered + " events redelivered newest first");
            for (Map.Entry<String, String> topic : POISON_TYPES.entrySet()) {
                List<String> ids = kafka.poison(topic.getKey(), topic.getValue(), movementA);
                poisonByTopic.put(topic.getKey(), ids);
            }
            faults.add(2 * POISON_TYPES.size() + " poison messages on " + POISON_TYPES.size() + " topics");
            load.hurry();
            if (!load.awaitDone(Duration.ofMinutes(10))) {
                throw new IllegalStateException("The submissions did not finish within 10 minutes after the faults");
            }
            return judge(platform, admin, kafka, load, movementA, redelivered, poisonByTopic, unitIds);
        }
    }

    private Outcome judge(Platform platform, Supplier<String> admin, KafkaFaults kafka, SteadySubmissions load,
                          String movementA, int redelivered, Map<String, List<String>> poisonByTopic,
                          List<String> unitIds) throws Exception {
        List<Check> checks = new ArrayList<>();
        Set<String> accepted = load.accepted();
        Set<String> poison = poisonByTopic.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        int units = settings.units();
        String reporting = platform.baseUrl("reporting-service");
        List<String> services = SERVICES.subList(0, 4).stream().map(platform::baseUrl).toList();
        DeliveryChecks delivery = new DeliveryChecks(http, admin, new EventLog(platform.kafkaBootstrapServers()));
        checks.add(new Check("submissions accepted", Integer.toString(load.planned()), Integer.toString(accepted.size()),
                accepted.size() == load.planned()));

        // Quiescence: outboxes drained, every consumer group caught up (poison handled, i.e. dead-lettered), the
        // dashboard and the mail server too (or the deadline passes and the checks say what is missing).
        awaitQuietly(Duration.ofMinutes(5), () -> delivery.pendingInOutboxes(services) == 0
                && delivery.consumerLag(services) == 0
                && delivery.submittedInDashboard(reporting, movementA) >= accepted.size()
                && delivery.mailboxes(platform.mailApiUrl(), DOMAIN_A) >= units
                && delivery.mailboxes(platform.mailApiUrl(), DOMAIN_B) >= units);

        List<DeliveryChecks.Finding> findings = new ArrayList<>();
        findings.add(delivery.reportsStoredOnce(reporting, movementA, unitIds, accepted));
        DeliveryChecks.EventsPerReport submitted = delivery.reportingEvents(movementA, DeliveryChecks.REPORT_SUBMITTED, poison);
        findings.add(delivery.submittedOncePerReport(submitted, accepted, "incl. redeliveries"));
        findings.add(delivery.countedInDashboard(reporting, movementA, accepted.size()));
        for (String domain : List.of(DOMAIN_A, DOMAIN_B)) {
            findings.add(delivery.mailedOnce(platform.mailApiUrl(), domain, units, 1, "launch e-mails"));
        }
        DeliveryChecks.Finding outboxes = delivery.outboxesEmpty(services);
        findings.forEach(finding -> checks.add(finding.check()));
        checks.add(outboxes.check());

        long poisonMissing = 0;
        Map<String, Set<String>> groupsByTopic = delivery.groupsByTopic(services);
        for (Map.Entry<String, List<String>> topic : poisonByTopic.entrySet()) {
            Set<String> groups = groupsByTopic.getOrDefault(topic.getKey(), Set.of());
            if (groups.isEmpty()) {
                checks.add(new Check("poison on " + topic.getKey(), "left alone (no service consumes it)",
                        "no consumer group", true));
            }
            for (String group : groups) {
                String deadLetters = topic.getKey() + "." + group + ".dlq";
                Map<String, String> reasons = kafka.deadLetterReasons(deadLetters);
                long found = topic.getValue().stream().filter(id -> reasons.containsKey(id) && !reasons.get(id).isBlank()
                        && !reasons.get(id).equals("null")).count();
                int replayable = new DeadLetterReplay(platform.kafkaBootstrapServers()).replay(deadLetters, true);
                poisonMissing += topic.getValue().size() - found;
                checks.add(new Check("poison in " + deadLetters, topic.getValue().size() + " with reasons, replayable",
                        found + " with reasons, " + replayable + " replayable (dry run)",
                        found == topic.getValue().size() && replayable >= found));
            }
        }
        long lost = (load.planned() - accepted.size()) + poisonMissing
                + findings.stream().mapToLong(DeliveryChecks.Finding::lost).sum();
        long duplicates = findings.stream().mapToLong(DeliveryChecks.Finding::duplicates).sum();
        return new Outcome(List.copyOf(checks), List.copyOf(faults), accepted.size(), load.planned(), load.attempts(),
                load.retries(), lost, duplicates, poisonByTopic.values().stream().mapToInt(List::size).sum(), redelivered);
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return EventLog.key(record);
    }

    private static <T> T await(Duration timeout, String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = read.get();
                if (done.test(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting until " + what, last);
    }

    /** Waits for the condition; the checks that follow say what is still missing if the deadline passes. */
    private static void awaitQuietly(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // A service still recovering: ask again.
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
