package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.infra.support.Args;

/** The commands as {@code ./thidua} runs them, with the platform down: they start the stand-ins themselves. */
class DataCommandsTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void backsUpAndRestoresTheEmbeddedDataDirectoryWhileThePlatformIsDown() throws Exception {
        DataCommands commands = commands();

        assertThat(commands.backup(Args.parse(new String[] {"--to", root.resolve("backups").toString()}))).isZero();
        Path backup;
        try (Stream<Path> backups = Files.list(root.resolve("backups"))) {
            backup = backups.filter(path -> path.getFileName().toString().startsWith("thidua-backup-")).findFirst().orElseThrow();
        }
        assertThat(backup.resolve("manifest.json")).exists();
        assertThat(backup.getFileName().toString()).doesNotEndWith(".partial");
        assertThat(printed()).contains("Đã sao lưu vào", "Backup written to", "sha256sum -c SHA256SUMS");
        assertThat(root.resolve(".run/logs/backup-kafka.log")).exists();

        assertThat(commands.restore(Args.parse(new String[] {backup.toString()}, Set.of("yes")))).isZero();
        assertThat(printed()).contains("Bản sao lưu nguyên vẹn", "Đã khôi phục và đối chiếu với bản kê khai", "Start with ./thidua up");
    }

    @Test
    void refusesToRestoreWhileThePlatformRuns() throws Exception {
        RunDirectory lock = RunDirectory.claim(root.resolve(".run"));
        try {
            assertThat(commands().restore(Args.parse(new String[] {root.resolve("missing").toString(), "--yes"}, Set.of("yes")))).isEqualTo(1);
            assertThat(printed()).contains("Thi Đua đang chạy", "./thidua down");
        } finally {
            lock.release();
        }
    }

    @Test
    void refusesAMissingBackup() {
        assertThat(commands().restore(Args.parse(new String[] {root.resolve("missing").toString()}, Set.of("yes")))).isEqualTo(1);
        assertThat(printed()).contains("Không tìm thấy bản sao lưu", "No backup at");
    }

    private DataCommands commands() {
        LaunchOptions options = LaunchOptions.builder(root).withoutExternalInfrastructure().build();
        return new DataCommands(options, new Console(new PrintStream(output, true, StandardCharsets.UTF_8)), Clock.systemUTC());
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
