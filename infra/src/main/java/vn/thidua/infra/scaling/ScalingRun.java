package vn.thidua.infra.scaling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.App;
import vn.thidua.infra.launcher.AppInstance;
import vn.thidua.infra.launcher.LaunchOptions;
import vn.thidua.infra.launcher.Launcher;
import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.support.EventLog;
import vn.thidua.infra.support.JsonHttp;
import vn.thidua.infra.support.SignedInUser;
import vn.thidua.infra.verdict.Check;
import vn.thidua.infra.verdict.DeliveryChecks;
import vn.thidua.infra.workload.SteadySubmissions;
import vn.thidua.infra.workload.TrialAgency;

/**
 * {@code ./thidua scale-test}: two instances of each service on one broker and one store, judged from the data.
 * On fresh data it launches movement A, submits its units' final reports at a steady pace over both
 * reporting-service instances, and launches movement B (a fan-out of launch e-mails, with final reports due
 * tomorrow so that the deadline scheduler fires one ReportDue per unit while both instances run). Once every
 * consumer group shows each topic's partitions shared between two members, it stops one instance of each service,
 * the one whose outbox relay has published (the lease holder): gracefully for campaign- and reporting-service, with
 * SIGKILL for award- and notification-service. The other instance must then hold every partition. Movement C, due
 * tomorrow too, is launched after the stops, so the remaining instances' relay and scheduler carry it alone. After
 * recovery every accepted report is stored, evented and counted once, every unit e-mailed once per notice, the
 * outboxes are empty, the relays published no event twice and the scheduler fired each reminder once.
 */
public final class ScalingRun {

    static final String AGENCY = "SCALE";
    static final String DOMAIN_A = "a.scale.thidua.vn";
    static final String DOMAIN_B = "b.scale.thidua.vn";
    static final String DOMAIN_C = "c.scale.thidua.vn";
    public static final int REPLICAS = 2;
    static final String REPORT_DUE = "thidua.ReportDue.v1";

    /** How each service loses an instance mid-load: a rolling update or scale-down, or a crash. */
    public enum Stop { GRACEFUL, KILL }

    public static final Map<App, Stop> STOPS = stops();

    /**
     * The reminder schedule the run gives reporting-service: a ReportDue one day before the due date at midnight
     * (so movement B's, due tomorrow, is due at once), looked for every 2 s under a 20 s lease.
     */
    static final Map<String, String> SCHEDULER_SETTINGS = Map.of(
            "THIDUA_REPORTING_DUEREMINDERDAYS", "1",
            "THIDUA_REPORTING_DUEREMINDERTIME", "00:00",
            "THIDUA_REPORTING_DEADLINES_TICKINTERVAL", "2s",
            "THIDUA_REPORTING_DEADLINES_LEASEDURATION", "20s");

    private static final TrialAgency.Wording WORDING = new TrialAgency.Wording("Cơ quan thử mở rộng", "Đơn vị thử mở rộng số",
            "Phong trào thi đua thử mở rộng", "Hai bản mỗi dịch vụ, không mất, không trùng",
            List.of("Thi đua nộp báo cáo đúng hạn.", "Thi đua báo cáo đầy đủ các nội dung."));
    private static final Duration REBALANCE_TIMEOUT = Duration.ofMinutes(2);
    /** A service that reads no topic (campaign-service) has no group to rebalance. */
    static final double CONSUMES_NOTHING = -0.5;

    /** The run's size and where it runs. */
    public record Settings(Path root, int units, Duration pace, int portOffset, Path workDir, boolean keepData) {
    }

    /** One group's rebalance after its instance was stopped: how it was stopped and how long until one member held every partition. */
    public record Rebalance(String service, String stopped, Stop how, double seconds) {
    }

    /** Everything checked, with the figures the run is summarised by. */
    public record Outcome(List<Check> checks, List<Rebalance> rebalances, Map<String, Long> acceptedByInstance, int accepted,
                          int planned, int acceptedAtStop, long retries, Map<String, String> sharedBefore, long submittedRecords,
                          long reportDueRecords, int reminders, long lost, long duplicates) {

        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }

        public String table() {
            StringBuilder text = new StringBuilder(Check.table(checks));
            text.append("\nPartitions before the stop (each member's, per group and topic): ");
            sharedBefore.forEach((topic, shares) -> text.append(topic).append(" [").append(shares).append("]; "));
            text.append("\nRebalances: ");
            rebalances.forEach(rebalance -> text.append(rebalance.stopped()).append(" ")
                    .append(rebalance.how() == Stop.GRACEFUL ? "stopped (SIGTERM)" : "killed (SIGKILL)")
                    .append(rebalance.seconds() == CONSUMES_NOTHING ? " (no consumer group); "
                            : String.format(", the other instance held every partition after %.1f s; ", rebalance.seconds())));
            return text.append("\nLoad: ").append(accepted).append(" of ").append(planned).append(" submissions accepted (")
                    .append(acceptedAtStop).append(" before the stops), by instance ")
                    .append(acceptedByInstance).append(", ").append(retries).append(" retried; ").append(submittedRecords)
                    .append(" ReportSubmitted records, ").append(reportDueRecords).append(" ReportDue records for ").append(reminders)
                    .append(" reminders. Items lost = ").append(lost).append(", duplicates = ").append(duplicates).append(".\n")
                    .toString();
        }
    }

    private final Settings settings;
    private final JsonHttp http = new JsonHttp(Duration.ofSeconds(60));

    public ScalingRun(Settings settings) {
        this.settings = settings;
    }

    public Outcome run() throws Exception {
        deleteRecursively(settings.workDir());
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(SCHEDULER_SETTINGS);
        try (Platform platform = Launcher.start(LaunchOptions.builder(settings.root())
                .dataDir(settings.workDir().resolve("data"))
                .runDir(settings.workDir().resolve("run"))
                .portOffset(settings.portOffset())
                .replicas(REPLICAS)
                .seed(false)
                .environment(environment)
                .withoutExternalInfrastructure()
                .build())) {
            return scaledOut(platform);
        } finally {
            if (!settings.keepData()) {
                deleteRecursively(settings.workDir());
            }
        }
    }

    private Outcome scaledOut(Platform platform) throws Exception {
        Supplier<String> admin = new SignedInUser(platform.issuerUri(), "admin");
        int units = settings.units();
        List<String> reportingUrls = instances(App.REPORTING).stream().map(platform::baseUrl).toList();
        TrialAgency agency = new TrialAgency(http, platform.baseUrl("campaign-service"), admin, AGENCY, WORDING);
        agency.register(List.of(DOMAIN_A, DOMAIN_B, DOMAIN_C), units);

        String movementA = agency.launch("A", IntStream.range(0, units));
        JsonNode progress = await(Duration.ofMinutes(3), "reporting expects every unit of movement A",
                () -> http.get(reportingUrls.getFirst() + "/api/campaigns/" + movementA + "/progress", admin.get()),
                answer -> answer.path("expected").asInt() == units);
        List<String> unitIds = new ArrayList<>();
        progress.path("units").forEach(unit -> unitIds.add(unit.path("unitId").asString()));

        try (GroupAssignments groups = new GroupAssignments(platform.kafkaBootstrapServers());
             SteadySubmissions load = new SteadySubmissions(reportingUrls, movementA, unitIds, admin, settings.pace())) {
            String movementB = agency.launch("B", IntStream.range(units, 2 * units), LocalDate.now(TrialAgency.VIETNAM).plusDays(1));
            Map<String, Map<String, Integer>> topicsByGroup = topicsByGroup(platform, admin, groups);

            // Both instances of every service in every group, each holding part of every topic.
            Map<String, String> sharedBefore = new LinkedHashMap<>();
            boolean shared = awaitQuietly(REBALANCE_TIMEOUT, () -> allShared(groups, topicsByGroup, REPLICAS));
            topicsByGroup.forEach((group, topics) -> groups.of(group, topics)
                    .forEach(share -> sharedBefore.put(group + " " + share.topic(), share.describe())));
            List<Check> checks = new ArrayList<>();
            checks.add(new Check("partitions shared by both instances, every group and topic",
                    topicsByGroup.values().stream().mapToInt(Map::size).sum() + " topics × 2 members, disjoint, all partitions",
                    shared ? "all shared" : "not all shared: " + sharedBefore, shared));

            // Mid-load: a third of the reports in, then one instance of each service goes away. The launch e-mails of
            // A and B have gone out first: a kill between the mail server accepting an e-mail and its delivery being
            // recorded sends that one again (SMTP offers nothing better; docs/architecture.md), which is the chaos
            // run's subject, not this one's (partitions, relays and schedulers moving between instances).
            awaitQuietly(Duration.ofMinutes(3), () -> load.accepted().size() >= Math.max(1, units / 3)
                    && mailCount(platform, DOMAIN_A, "mailboxes") >= units && mailCount(platform, DOMAIN_B, "copies") >= units);
            int acceptedAtStop = load.accepted().size();
            List<Rebalance> rebalances = stopOneOfEach(platform, groups, topicsByGroup);
            for (Rebalance rebalance : rebalances) {
                String how = rebalance.how() == Stop.GRACEFUL ? "stopped" : "killed";
                if (rebalance.seconds() == CONSUMES_NOTHING) {
                    checks.add(new Check("after " + rebalance.stopped() + " " + how + ": " + rebalance.service()
                            + " consumes no topic", "no consumer group", "no consumer group", true));
                    continue;
                }
                checks.add(new Check("after " + rebalance.stopped() + " " + how
                                + ": the other instance holds every partition of " + rebalance.service(),
                        "within " + REBALANCE_TIMEOUT.toSeconds() + " s", rebalance.seconds() < 0 ? "not within the deadline"
                        : String.format("%.1f s", rebalance.seconds()), rebalance.seconds() >= 0));
            }
            // Movement C goes only through the remaining instances: launch, fan-out, expected reports, reminders.
            String survivingCampaigns = platform.baseUrl(survivor(rebalances, App.CAMPAIGN));
            String movementC = new TrialAgency(http, survivingCampaigns, admin, AGENCY, WORDING)
                    .launch("C", IntStream.range(2 * units, 3 * units), LocalDate.now(TrialAgency.VIETNAM).plusDays(1));
            load.hurry();
            if (!load.awaitDone(Duration.ofMinutes(10))) {
                throw new IllegalStateException("The submissions did not finish within 10 minutes after the stops");
            }
            return judge(platform, admin, load, checks, rebalances, sharedBefore, acceptedAtStop,
                    new Movements(movementA, movementB, movementC), unitIds);
        }
    }

    /** A: reports submitted under load; B: launched before the stops, due tomorrow; C: launched after the stops, due tomorrow. */
    private record Movements(String a, String b, String c) {
    }

    private Outcome judge(Platform platform, Supplier<String> admin, SteadySubmissions load, List<Check> checks,
                          List<Rebalance> rebalances, Map<String, String> sharedBefore, int acceptedAtStop, Movements movements,
                          List<String> unitIds) {
        int units = settings.units();
        String movementA = movements.a();
        Set<String> accepted = load.accepted();
        String reporting = platform.baseUrl(survivor(rebalances, App.REPORTING));
        List<String> services = App.SERVICES.stream().map(service -> platform.baseUrl(survivor(rebalances, service))).toList();
        String mail = platform.mailApiUrl();
        DeliveryChecks delivery = new DeliveryChecks(http, admin, new EventLog(platform.kafkaBootstrapServers()));

        Map<String, Long> byInstance = new LinkedHashMap<>();
        load.acceptedBy().forEach((url, count) -> byInstance.put(instanceAt(platform, url), count));
        checks.add(new Check("submissions accepted, by both reporting-service instances", load.planned() + ", each instance > 0",
                accepted.size() + " " + byInstance, accepted.size() == load.planned()
                        && byInstance.values().stream().allMatch(count -> count > 0)));

        // Quiescence: outboxes drained, the dashboard and the mail server caught up (or the deadline says otherwise).
        awaitQuietly(Duration.ofMinutes(3), () -> delivery.pendingInOutboxes(services) == 0
                && delivery.submittedInDashboard(reporting, movementA) >= accepted.size()
                && delivery.mailboxes(mail, DOMAIN_A) >= units && delivery.copies(mail, DOMAIN_B) >= 2L * units
                && delivery.copies(mail, DOMAIN_C) >= 2L * units);

        List<DeliveryChecks.Finding> findings = new ArrayList<>();
        findings.add(delivery.reportsStoredOnce(reporting, movementA, unitIds, accepted));
        DeliveryChecks.EventsPerReport submitted = delivery.reportingEvents(movementA, DeliveryChecks.REPORT_SUBMITTED, Set.of());
        findings.add(delivery.submittedOncePerReport(submitted, accepted, "(raw)"));
        findings.add(delivery.countedInDashboard(reporting, movementA, accepted.size()));
        findings.add(delivery.mailedOnce(mail, DOMAIN_A, units, 1, "launch e-mails"));
        findings.add(delivery.mailedOnce(mail, DOMAIN_B, units, 2, "launch and ReportDue e-mails"));
        findings.add(delivery.mailedOnce(mail, DOMAIN_C, units, 2, "launch and ReportDue e-mails (after the stops)"));
        findings.add(delivery.outboxesEmpty(services));
        findings.forEach(finding -> checks.add(finding.check()));

        // The relays: a record published twice shows as more records than ids. reporting-service's relay holder was
        // stopped gracefully, which hands the lease over after its last publish: no copy is allowed.
        boolean reportingStoppedGracefully = STOPS.get(App.REPORTING) == Stop.GRACEFUL;
        checks.add(new Check("ReportSubmitted records per report (relay did not double-publish)",
                "1 each (" + accepted.size() + " records)" + (reportingStoppedGracefully ? ", graceful stop" : ""),
                submitted.records() + " records, at most " + submitted.maxRecordsPerReport() + " per report, "
                        + submitted.republished() + " republished",
                submitted.republished() == 0 && submitted.records() == accepted.size()));

        // The scheduler: one ReportDue per unit of movements B (both instances running) and C (after the stops), published once.
        long remindersLost = 0;
        long remindersTwice = 0;
        long dueRecords = 0;
        int reminders = 0;
        for (Map.Entry<String, String> movement : Map.of("B", movements.b(), "C", movements.c()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            DeliveryChecks.EventsPerReport due = delivery.reportingEvents(movement.getValue(), REPORT_DUE, Set.of());
            long dueTwice = due.idsByReport().values().stream().filter(ids -> ids.size() > 1).count();
            checks.add(new Check("ReportDue per report of movement " + movement.getKey()
                    + " (scheduler fired once, relay published once)", units + " reports, 1 id and 1 record each",
                    due.idsByReport().size() + " reports, " + dueTwice + " with 2+ ids, " + due.records() + " records",
                    due.idsByReport().size() == units && dueTwice == 0 && due.records() == units));
            remindersLost += Math.max(0, units - due.idsByReport().size());
            remindersTwice += dueTwice + due.republished();
            dueRecords += due.records();
            reminders += due.idsByReport().size();
        }
        for (Map.Entry<String, Integer> domain : List.of(Map.entry(DOMAIN_B, units), Map.entry(DOMAIN_C, 2 * units))) {
            long complete = mailboxesWithOneOfEach(mail, domain.getKey(), domain.getValue(), units);
            checks.add(new Check("each @" + domain.getKey() + " mailbox: one launch e-mail and one reminder", units + " mailboxes",
                    complete + " mailboxes", complete == units));
        }

        long lost = (load.planned() - accepted.size()) + remindersLost
                + findings.stream().mapToLong(DeliveryChecks.Finding::lost).sum();
        long duplicates = findings.stream().mapToLong(DeliveryChecks.Finding::duplicates).sum() + remindersTwice
                + submitted.republished();
        return new Outcome(List.copyOf(checks), rebalances, byInstance, accepted.size(), load.planned(), acceptedAtStop,
                load.retries(), sharedBefore, submitted.records(), dueRecords, reminders, lost, duplicates);
    }

    /**
     * Stops, for each service, the instance whose relay has published (so the outbox lease has to move), all at once,
     * then waits for each group until one member holds every partition of every topic.
     */
    private List<Rebalance> stopOneOfEach(Platform platform, GroupAssignments groups,
                                          Map<String, Map<String, Integer>> topicsByGroup) throws InterruptedException {
        Map<App, String> chosen = new LinkedHashMap<>();
        for (App service : App.SERVICES) {
            chosen.put(service, instances(service).stream()
                    .max(Comparator.comparingDouble(name -> publishedBy(platform, name))).orElseThrow());
        }
        Map<App, Long> stoppedAt = new HashMap<>();
        List<Thread> stoppers = new ArrayList<>();
        for (Map.Entry<App, String> entry : chosen.entrySet()) {
            stoppers.add(Thread.ofPlatform().name("stop-" + entry.getValue()).start(() -> {
                try {
                    if (STOPS.get(entry.getKey()) == Stop.GRACEFUL) {
                        platform.stop(entry.getValue());
                    } else {
                        platform.kill(entry.getValue());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (stoppedAt) {
                    stoppedAt.put(entry.getKey(), System.nanoTime());
                }
            }));
        }
        for (Thread stopper : stoppers) {
            stopper.join();
        }
        Map<App, Double> seconds = new TreeMap<>();
        long deadline = System.nanoTime() + REBALANCE_TIMEOUT.toNanos();
        while (seconds.size() < chosen.size() && System.nanoTime() < deadline) {
            for (App service : chosen.keySet()) {
                String group = service.processName();
                if (!seconds.containsKey(service) && topicsByGroup.containsKey(group)
                        && safely(() -> groups.of(group, topicsByGroup.get(group)).stream().allMatch(share -> share.sharedAmong(1)))) {
                    seconds.put(service, (System.nanoTime() - stoppedAt.get(service)) / 1e9);
                }
                if (!topicsByGroup.containsKey(group)) {
                    seconds.put(service, CONSUMES_NOTHING);
                }
            }
            pause(Duration.ofMillis(250));
        }
        List<Rebalance> rebalances = new ArrayList<>();
        chosen.forEach((service, name) -> rebalances.add(new Rebalance(service.processName(), name, STOPS.get(service),
                seconds.getOrDefault(service, -1.0))));
        return List.copyOf(rebalances);
    }

    /** The topics each consumer group reads, from the first instance's admin API, with their partition counts. */
    private Map<String, Map<String, Integer>> topicsByGroup(Platform platform, Supplier<String> admin, GroupAssignments groups) {
        Map<String, Map<String, Integer>> byGroup = new TreeMap<>();
        for (App service : App.SERVICES) {
            JsonNode consumers = http.get(platform.baseUrl(service.processName()) + "/api/admin/consumers", admin.get());
            for (JsonNode group : consumers) {
                Set<String> topics = new TreeSet<>();
                group.path("topics").forEach(topic -> topics.add(topic.path("topic").asString()));
                if (!topics.isEmpty()) {
                    byGroup.put(group.path("group").asString(), groups.partitions(topics));
                }
            }
        }
        return byGroup;
    }

    private static boolean allShared(GroupAssignments groups, Map<String, Map<String, Integer>> topicsByGroup, int members) {
        return topicsByGroup.entrySet().stream().allMatch(entry -> groups.of(entry.getKey(), entry.getValue()).stream()
                .allMatch(share -> share.sharedAmong(members)));
    }

    /** The events this instance's outbox relay has published since it started ({@code thidua_events_published_total}). */
    private double publishedBy(Platform platform, String instance) {
        HttpResponse<String> metrics = http.exchange("GET", platform.baseUrl(instance) + "/actuator/prometheus", null, null);
        return metrics.body().lines().filter(line -> line.startsWith("thidua_events_published_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private long mailCount(Platform platform, String domain, String what) {
        return http.get(platform.mailApiUrl() + "/count?suffix=%40" + domain, null).path(what).asLong();
    }

    /** The mailboxes of one block of units that hold exactly two e-mails with different subjects (launch, reminder). */
    private long mailboxesWithOneOfEach(String mailApiUrl, String domain, int firstUnit, int units) {
        long complete = 0;
        for (int n = firstUnit; n < firstUnit + units; n++) {
            JsonNode messages = http.get(mailApiUrl + "?to=u" + n + "%40" + domain, null);
            Set<String> subjects = new TreeSet<>();
            messages.forEach(message -> subjects.add(message.path("subject").asString()));
            complete += messages.size() == 2 && subjects.size() == 2 ? 1 : 0;
        }
        return complete;
    }

    /** The instance of the service that was not stopped. */
    private static String survivor(List<Rebalance> rebalances, App service) {
        String stopped = rebalances.stream().filter(rebalance -> rebalance.service().equals(service.processName()))
                .findFirst().map(Rebalance::stopped).orElse("");
        return instances(service).stream().filter(name -> !name.equals(stopped)).findFirst().orElseThrow();
    }

    private static List<String> instances(App service) {
        return AppInstance.of(service, REPLICAS).stream().map(AppInstance::name).toList();
    }

    private static String instanceAt(Platform platform, String url) {
        return AppInstance.of(App.REPORTING, REPLICAS).stream().map(AppInstance::name)
                .filter(name -> platform.baseUrl(name).equals(url)).findFirst().orElse(url);
    }

    private static Map<App, Stop> stops() {
        Map<App, Stop> stops = new LinkedHashMap<>();
        stops.put(App.CAMPAIGN, Stop.GRACEFUL);
        stops.put(App.REPORTING, Stop.GRACEFUL);
        stops.put(App.AWARD, Stop.KILL);
        stops.put(App.NOTIFICATION, Stop.KILL);
        return Collections.unmodifiableMap(stops);
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
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

    /** Waits for the condition; returns whether it held before the deadline (the checks say what is missing otherwise). */
    private static boolean awaitQuietly(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (safely(condition)) {
                return true;
            }
            pause(Duration.ofMillis(500));
        }
        return false;
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
