package vn.thidua.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run directory: {@code launcher.pid} (the lock: one launcher per run directory) and
 * {@code state.json} (what runs, for other commands). Logs go to {@code logs/}.
 */
public final class RunDirectory {

    static final String LOCK_FILE = "launcher.pid";
    static final String STATE_FILE = "state.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path directory;
    private final long ownerPid;

    private RunDirectory(Path directory, long ownerPid) {
        this.directory = directory;
        this.ownerPid = ownerPid;
    }

    /**
     * Takes the lock for this JVM. A lock left by a launcher that no longer runs is taken over.
     *
     * @throws AlreadyRunningException if a live launcher holds it
     */
    public static RunDirectory claim(Path directory) {
        long self = ProcessHandle.current().pid();
        try {
            Files.createDirectories(directory.resolve("logs"));
            Path lock = directory.resolve(LOCK_FILE);
            while (true) {
                try {
                    Files.writeString(lock, Long.toString(self), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                    return new RunDirectory(directory, self);
                } catch (FileAlreadyExistsException held) {
                    Optional<Long> holder = runningLauncher(directory);
                    if (holder.isPresent()) {
                        throw new AlreadyRunningException(holder.get());
                    }
                    Files.deleteIfExists(lock);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use run directory " + directory, e);
        }
    }

    public Path path() {
        return directory;
    }

    public Path logsDir() {
        return directory.resolve("logs");
    }

    /** Replaces state.json in one move, so a reader never sees half a file. */
    public void writeState(RunState state) {
        Path target = directory.resolve(STATE_FILE);
        Path temporary = directory.resolve(STATE_FILE + ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(state));
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Removes state and lock, unless another launcher has meanwhile taken the lock over. */
    public void release() {
        try {
            Files.deleteIfExists(directory.resolve(STATE_FILE));
            Path lock = directory.resolve(LOCK_FILE);
            if (readPid(lock).filter(pid -> pid == ownerPid).isPresent()) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean run directory " + directory, e);
        }
    }

    /** The pid of the live launcher holding the lock, if any. */
    public static Optional<Long> runningLauncher(Path directory) {
        return readPid(directory.resolve(LOCK_FILE))
                .filter(pid -> ProcessHandle.of(pid).filter(RunDirectory::isLiveJava).isPresent());
    }

    public static Optional<RunState> readState(Path directory) {
        Path file = directory.resolve(STATE_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunState.class));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Deletes a state file whose launcher is gone; its processes must have been dealt with. */
    public static void forgetState(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(STATE_FILE));
        if (runningLauncher(directory).isEmpty()) {
            Files.deleteIfExists(directory.resolve(LOCK_FILE));
        }
    }

    private static Optional<Long> readPid(Path lock) {
        try {
            return Optional.of(Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A recycled pid now used by something else is not a launcher. */
    private static boolean isLiveJava(ProcessHandle handle) {
        return handle.isAlive()
                && handle.info().command().map(command -> command.contains("java")).orElse(true);
    }
}
