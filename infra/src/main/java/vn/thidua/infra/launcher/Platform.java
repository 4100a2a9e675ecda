package vn.thidua.infra.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A running platform: the stand-ins and applications this launcher started. {@link #close()}
 * stops them in dependency order (applications, then the identity provider, mail, MongoDB and
 * Kafka last) and is also run by a JVM shutdown hook, so Ctrl-C, SIGTERM or an ended test JVM
 * leave nothing behind.
 */
public final class Platform implements AutoCloseable {

    /** How long a child may take to stop after SIGTERM before it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final int LOG_TAIL_LINES = 30;
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final LaunchOptions options;
    private final RunDirectory run;
    private final Console console;
    private final Instant startedAt = Instant.now();
    private final List<ChildProcess> standIns = new ArrayList<>();
    private final List<ChildProcess> apps = new ArrayList<>();
    private final Set<ChildProcess> killedOnPurpose = new HashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::close, "thidua-shutdown");
    private DemoSeeder.Outcome seedOutcome = DemoSeeder.Outcome.notRequested();
    private String issuer;
    private boolean closing;

    Platform(LaunchOptions options, RunDirectory run, Console console) {
        this.options = options;
        this.run = run;
        this.console = console;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The port of a started process, by its name ({@code kafka}, {@code mongo}, {@code mail}, {@code identity}, {@code portal}, {@code campaign-service}, ...). */
    public int port(String name) {
        return process(name)
                .map(ChildProcess::port)
                .orElseThrow(() -> new IllegalArgumentException("No process named " + name + " was started by this launcher"));
    }

    /** {@code http://localhost:<port>} of an application. */
    public String baseUrl(String appName) {
        return "http://localhost:" + port(appName);
    }

    /** The mail stand-in's listing, {@code http://localhost:<port>/api/messages}. */
    public String mailApiUrl() {
        port(ChildSpecs.MAIL);
        return "http://localhost:" + options.ports().mailHttp() + "/api/messages";
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + port(ChildSpecs.KAFKA);
    }

    public String mongoUri() {
        return "mongodb://localhost:" + port(ChildSpecs.MONGO);
    }

    /**
     * The OIDC issuer the applications trust: the dev provider this launcher started
     * ({@code http://localhost:<port>}), or the real one the environment names.
     */
    public synchronized String issuerUri() {
        return issuer;
    }

    public Path logsDir() {
        return run.logsDir();
    }

    public LaunchOptions options() {
        return options;
    }

    /** Whether the demo data was loaded on this start, found already present, or failed. */
    public synchronized DemoSeeder.Outcome seedOutcome() {
        return seedOutcome;
    }

    /** Every started process, stand-ins first, in start order. */
    public synchronized List<ChildProcess> processes() {
        return Stream.concat(standIns.stream(), apps.stream()).toList();
    }

    public Optional<ChildProcess> process(String name) {
        return processes().stream().filter(child -> child.name().equals(name)).findFirst();
    }

    /** Blocks until the platform has been stopped (by {@link #close()} or the shutdown hook). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    synchronized boolean isClosing() {
        return closing;
    }

    synchronized void recordIssuer(String issuer) {
        this.issuer = issuer;
    }

    synchronized void recordSeedOutcome(DemoSeeder.Outcome outcome) {
        this.seedOutcome = outcome;
    }

    /** Starts one child with its output in {@code <runDir>/logs/<name>.log} and records it in state.json. */
    synchronized ChildProcess launch(ChildSpec spec, boolean isApp) throws IOException {
        if (closing) {
            throw new PlatformStartException("Stopping: " + spec.name() + " not started");
        }
        Path log = run.logsDir().resolve(spec.name() + ".log");
        Files.deleteIfExists(log);
        ChildProcess child = new ChildProcess(spec, start(spec, log), log);
        (isApp ? apps : standIns).add(child);
        run.writeState(state());
        return child;
    }

    private Process start(ChildSpec spec, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(inOwnSession(spec.command()))
                .directory(options.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(options.environment());
        return builder.start();
    }

    /**
     * Fault injection ({@code ./thidua chaos}): kills the named process with SIGKILL, as a crash would,
     * and returns once it is gone. It stays down until {@link #restart}.
     */
    public void kill(String name) throws InterruptedException {
        ChildProcess child = process(name).orElseThrow(() -> new IllegalArgumentException("No process named " + name));
        synchronized (this) {
            killedOnPurpose.add(child);
        }
        child.kill(STOP_GRACE);
        console.say("✖ " + name + " bị dừng đột ngột (kill -9, thử lỗi)", name + " killed (SIGKILL, fault injection)");
    }

    /**
     * Stops the named process gracefully (SIGTERM, killed after {@link #STOP_GRACE}), as a rolling update or a
     * scale-down would: its consumers leave their groups and its leases are handed over. It stays down until
     * {@link #restart}.
     */
    public void stop(String name) {
        ChildProcess child = process(name).orElseThrow(() -> new IllegalArgumentException("No process named " + name));
        synchronized (this) {
            killedOnPurpose.add(child);
        }
        child.stop(STOP_GRACE);
        console.say("■ " + name + " đã dừng có trật tự (SIGTERM)", name + " stopped gracefully (SIGTERM)");
    }

    /** Starts a killed process again with the same command and data, its log continued, and waits until it is ready. */
    public ChildProcess restart(String name, Duration timeout) throws IOException {
        ChildProcess restarted;
        synchronized (this) {
            ChildProcess old = process(name).orElseThrow(() -> new IllegalArgumentException("No process named " + name));
            if (old.isAlive()) {
                throw new IllegalStateException(name + " is still running");
            }
            restarted = new ChildProcess(old.spec(), start(old.spec(), old.logFile()), old.logFile());
            replace(apps, old, restarted);
            replace(standIns, old, restarted);
            run.writeState(state());
        }
        awaitReady(List.of(restarted), timeout);
        reportUnexpectedExit(restarted);
        return restarted;
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) a process: a store or broker that stops answering and comes back with nothing lost. */
    public void freeze(String name, boolean frozen) throws IOException, InterruptedException {
        ChildProcess child = process(name).orElseThrow(() -> new IllegalArgumentException("No process named " + name));
        Process signal = new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", Long.toString(child.pid()))
                .redirectErrorStream(true).start();
        if (signal.waitFor() != 0) {
            throw new IOException("kill " + (frozen ? "-STOP " : "-CONT ") + child.pid() + " failed: "
                    + new String(signal.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private synchronized boolean wasKilledOnPurpose(ChildProcess child) {
        return killedOnPurpose.contains(child);
    }

    private static void replace(List<ChildProcess> children, ChildProcess old, ChildProcess restarted) {
        int index = children.indexOf(old);
        if (index >= 0) {
            children.set(index, restarted);
        }
    }

    /**
     * Polls until every child is ready. Fails at once, with the log tail, if one dies; fails
     * after {@code timeout} naming those not ready.
     */
    void awaitReady(Collection<ChildProcess> children, Duration timeout) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        Set<ChildProcess> pending = new LinkedHashSet<>(children);
        while (true) {
            for (Iterator<ChildProcess> iterator = pending.iterator(); iterator.hasNext(); ) {
                ChildProcess child = iterator.next();
                if (isClosing()) {
                    throw new PlatformStartException("Startup cancelled: the platform is stopping");
                }
                if (!child.isAlive()) {
                    throw diedDuringStartup(child);
                }
                if (child.isReady()) {
                    iterator.remove();
                    console.line(String.format("  ✔ %-23s :%-5d %5.1f s", child.name(), child.port(),
                            Duration.between(begin, Instant.now()).toMillis() / 1000.0));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw timedOut(pending, timeout);
            }
            pause(Duration.ofMillis(500));
        }
    }

    /** After startup: say so when a child ends on its own, instead of failing silently. */
    void reportUnexpectedExits() {
        processes().forEach(this::reportUnexpectedExit);
    }

    private void reportUnexpectedExit(ChildProcess child) {
        child.onExit().thenRun(() -> {
            if (!isClosing() && !wasKilledOnPurpose(child)) {
                console.say(
                        "⚠ " + child.name() + " đã dừng bất ngờ (mã thoát " + child.exitValue() + "), xem " + child.logFile(),
                        child.name() + " exited unexpectedly (exit code " + child.exitValue() + ")");
            }
        });
    }

    @Override
    public void close() {
        List<ChildProcess> appsToStop;
        List<ChildProcess> standInsToStop;
        synchronized (this) {
            if (closing) {
                awaitStoppedQuietly();
                return;
            }
            closing = true;
            appsToStop = List.copyOf(apps);
            standInsToStop = new ArrayList<>(standIns).reversed();
        }
        try {
            if (!appsToStop.isEmpty() || !standInsToStop.isEmpty()) {
                console.say("Đang dừng Thi Đua…", "Stopping Thi Đua…");
            }
            stopTogether(appsToStop);
            standInsToStop.forEach(this::stopOne);
            run.release();
        } finally {
            stopped.countDown();
            removeShutdownHook();
        }
        if (!appsToStop.isEmpty() || !standInsToStop.isEmpty()) {
            console.say("Đã dừng Thi Đua.", "Thi Đua stopped.");
        }
    }

    private void stopTogether(List<ChildProcess> children) {
        List<Thread> stoppers = children.stream()
                .map(child -> Thread.ofPlatform().name("stop-" + child.name()).start(() -> stopOne(child)))
                .toList();
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stopOne(ChildProcess child) {
        child.stop(STOP_GRACE);
        console.line("  ■ " + child.name());
    }

    private RunState state() {
        return new RunState(ProcessHandle.current().pid(), startedAt, options.root().toString(), options.portOffset(),
                processes().stream().map(RunState.Entry::of).toList());
    }

    private PlatformStartException diedDuringStartup(ChildProcess child) {
        StringBuilder message = new StringBuilder()
                .append(child.name()).append(" đã dừng khi đang khởi động (mã thoát ").append(child.exitValue()).append(") / ")
                .append(child.name()).append(" exited during startup (exit code ").append(child.exitValue()).append(").\n");
        appendLogTail(message, child);
        return new PlatformStartException(message.toString().stripTrailing());
    }

    private PlatformStartException timedOut(Collection<ChildProcess> pending, Duration timeout) {
        List<String> names = pending.stream().map(ChildProcess::name).toList();
        StringBuilder message = new StringBuilder()
                .append("Quá ").append(timeout.toSeconds()).append(" giây mà chưa sẵn sàng: ").append(String.join(", ", names))
                .append(" / Not ready after ").append(timeout.toSeconds()).append(" s: ").append(String.join(", ", names))
                .append(" (set ").append(LaunchOptions.START_TIMEOUT_VARIABLE).append(" to wait longer).\n");
        pending.forEach(child -> appendLogTail(message, child));
        return new PlatformStartException(message.toString().stripTrailing());
    }

    private static void appendLogTail(StringBuilder message, ChildProcess child) {
        message.append("--- ").append(LOG_TAIL_LINES).append(" dòng cuối / last lines of ").append(child.logFile()).append(" ---\n");
        child.logTail(LOG_TAIL_LINES).forEach(line -> message.append(line).append('\n'));
    }

    /**
     * Puts a child in its own session (where setsid exists), so a Ctrl-C in the terminal reaches
     * only the launcher, which then stops the children in order instead of all at once.
     */
    private static List<String> inOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> detached = new ArrayList<>();
        detached.add(SETSID.toString());
        detached.addAll(command);
        return detached;
    }

    private void awaitStoppedQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to run; it will find the platform closed.
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while waiting for the platform to start", e);
        }
    }
}
