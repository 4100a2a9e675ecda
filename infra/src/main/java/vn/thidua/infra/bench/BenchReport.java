package vn.thidua.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures, each beside the raw limit it is judged against, as a table for the terminal and
 * for docs/benchmarks.md (written between its result markers, so the explanations around it stay).
 */
final class BenchReport {

    static final String BEGIN = "<!-- bench:results -->";
    static final String END = "<!-- /bench:results -->";

    /** One line of the table: what, the platform's figure, the raw limit, their ratio, the target and whether it is met. */
    record Row(String figure, String platform, String raw, String ratio, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> memory = new LinkedHashMap<>();
    private final Machine machine;
    private final String command;
    private final OffsetDateTime at = OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    BenchReport(Machine machine, String command) {
        this.machine = machine;
        this.command = command;
    }

    void submissions(PlatformWorkload.SubmissionFigures figures, MongoInsertLoop.Figures raw, int concurrency) {
        double ratio = figures.perSecond() / raw.insertsPerSecond();
        rows.add(new Row("Report submissions over HTTP (" + concurrency + " clients), per second",
                number(figures.perSecond()) + " (" + figures.submissions() + " sent, " + figures.failed() + " failed)",
                number(raw.insertsPerSecond()) + " raw inserts/s",
                percent(ratio), "≥ 40 %", met(ratio >= 0.40 && figures.failed() == 0)));
        rows.add(new Row("Report submission latency p50 / p99",
                millis(figures.p50Millis()) + " / " + millis(figures.p99Millis()),
                millis(raw.p50Millis()) + " / " + millis(raw.p99Millis()) + " per insert",
                "—", "p99 < 100 ms", met(figures.p99Millis() < 100)));
    }

    void dashboardPush(PlatformWorkload.SubmissionFigures figures, KafkaPerfTools.EndToEndFigures raw) {
        double margin = figures.pushP99Millis() - raw.p99Millis();
        rows.add(new Row("ReportSubmitted → dashboard SSE notice p50 / p99 (" + figures.pushed() + " notices)",
                millis(figures.pushP50Millis()) + " / " + millis(figures.pushP99Millis()),
                millis(raw.p50Millis()) + " / " + millis(raw.p99Millis()) + " Kafka end-to-end",
                "+" + millis(margin) + " at p99", "p99 ≤ raw p99 + 50 ms",
                met(margin <= 50 && figures.pushed() >= figures.submissions() - figures.failed())));
    }

    void fanOut(PlatformWorkload.FanOutFigures figures, SmtpSendLoop.Figures raw) {
        double ratio = figures.emailsPerSecond() / raw.messagesPerSecond();
        rows.add(new Row("Launch to " + figures.recipients() + " units → every e-mail accepted, per second",
                number(figures.emailsPerSecond()) + " (" + number(figures.seconds()) + " s; " + figures.copies() + " copies in "
                        + figures.mailboxes() + " mailboxes)",
                number(raw.messagesPerSecond()) + " plain SMTP sends/s",
                percent(ratio), "≥ 50 %", met(ratio >= 0.50 && figures.copies() == figures.mailboxes())));
    }

    void kafkaProduce(KafkaPerfTools.ProducerFigures raw) {
        rows.add(new Row("Kafka produce, 1 KiB records, acks=all (raw, for scale)", "—",
                number(raw.recordsPerSecond()) + " records/s, p99 " + millis(raw.p99Millis()), "—", "—", "—"));
    }

    void coldStart(double seconds, long residentBytes) {
        rows.add(new Row("Cold start of the whole platform to healthy", number(seconds) + " s", "—", "—", "—", "—"));
        rows.add(new Row("Resident memory of every process, idle after start", megabytes(residentBytes), "—", "—", "—", "—"));
    }

    void memoryAfterLoad(Map<String, Long> residentByProcess) {
        long total = 0;
        for (Map.Entry<String, Long> process : residentByProcess.entrySet()) {
            memory.put(process.getKey(), megabytes(process.getValue()));
            total += process.getValue();
        }
        rows.add(new Row("Resident memory of every process, after the load", megabytes(total), "—", "—", "—", "—"));
    }

    /** The table as Markdown, with the machine, the date and the command. */
    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("Measured ").append(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"))).append(" on ")
                .append(machine.describe()).append(", with `").append(command).append("`.\n\n");
        text.append("| figure | platform | raw limit | ratio | target | met |\n");
        text.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            text.append("| ").append(String.join(" | ", row.figure(), row.platform(), row.raw(), row.ratio(), row.target(),
                    row.met())).append(" |\n");
        }
        if (!memory.isEmpty()) {
            text.append("\nResident memory per process after the load: ");
            List<String> parts = new ArrayList<>();
            memory.forEach((process, size) -> parts.add(process + " " + size));
            text.append(String.join(", ", parts)).append(".\n");
        }
        return text.toString();
    }

    /** Replaces what is between the result markers of the file (creating the file or the markers if missing). */
    void writeInto(Path file) {
        try {
            String body = BEGIN + "\n" + markdown() + END;
            String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
            int begin = existing.indexOf(BEGIN);
            int end = existing.indexOf(END);
            String updated = begin >= 0 && end > begin
                    ? existing.substring(0, begin) + body + existing.substring(end + END.length())
                    : existing + (existing.endsWith("\n") ? "" : "\n") + "\n" + body + "\n";
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
    }
}
