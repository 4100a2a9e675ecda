package vn.thidua.reporting.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.thidua.reporting.aggregate.AggregateReport.ContentResults;
import vn.thidua.reporting.aggregate.AggregateReport.Counts;
import vn.thidua.reporting.aggregate.AggregateReport.FigureTotal;
import vn.thidua.reporting.aggregate.AggregateReport.MovementResults;
import vn.thidua.reporting.aggregate.AggregateReport.Outcome;
import vn.thidua.reporting.aggregate.AggregateReport.UnitLine;
import vn.thidua.reporting.aggregate.AggregateReport.UnitResult;
import vn.thidua.reporting.directory.MovementDirectory.Movement;
import vn.thidua.reporting.report.ContentResult;
import vn.thidua.reporting.report.Figure;
import vn.thidua.reporting.report.ReportContent;
import vn.thidua.reporting.report.ReportStatus;
import vn.thidua.reporting.report.Submission;
import vn.thidua.reporting.report.UnitReport;

/**
 * Folds one movement's unit reports into its section of the aggregate. Pure: the same reports at the
 * same moment give the same section. Results are those of reports that count as handed in (submitted
 * or accepted), from their latest version; a returned report shows as not submitted until it is back.
 */
public final class Aggregation {

    private Aggregation() {
    }

    /** The section of one movement, from its reports (all of one period) and its letterhead if known. */
    public static MovementResults movement(List<UnitReport> reports, Optional<Movement> movement, Instant now) {
        List<UnitReport> ordered = reports.stream()
                .sorted(Comparator.comparingInt(UnitReport::unitOrder).thenComparing(UnitReport::unitId))
                .toList();
        UnitReport first = ordered.getFirst();
        List<UnitLine> units = ordered.stream().map(report -> line(report, now)).toList();
        List<ContentResults> contents = first.contents().stream()
                .map(content -> content(content, ordered))
                .toList();
        return new MovementResults(first.campaignId(),
                movement.map(Movement::title).orElse(first.campaignTitle()),
                movement.map(Movement::periodStart).orElse(null), movement.map(Movement::periodEnd).orElse(null),
                first.dueDate(), counts(units), units, contents);
    }

    /** The counts over several sections. */
    public static Counts total(List<MovementResults> movements) {
        return counts(movements.stream().flatMap(movement -> movement.units().stream()).toList());
    }

    static Counts counts(List<UnitLine> units) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (UnitLine unit : units) {
            switch (unit.outcome()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case NOT_DUE -> {
                    // Missing, but not yet due.
                }
            }
        }
        return new Counts(units.size(), onTime + late, onTime, late, units.size() - onTime - late, overdue);
    }

    static Outcome outcome(UnitReport report, Instant now) {
        if (report.status().countsAsSubmitted()) {
            return report.latest().map(Submission::late).orElse(false) ? Outcome.LATE : Outcome.ON_TIME;
        }
        return report.isOverdue(now) ? Outcome.OVERDUE : Outcome.NOT_DUE;
    }

    private static UnitLine line(UnitReport report, Instant now) {
        Outcome outcome = outcome(report, now);
        Submission latest = outcome.submitted() ? report.latest().orElse(null) : null;
        return new UnitLine(report.unitOrder() + 1, report.unitId(), report.unitName(), report.status(),
                statusName(report.status()), outcome, outcome.label(), latest == null ? null : latest.submittedAt(),
                latest == null ? 0 : latest.version());
    }

    private static ContentResults content(ReportContent content, List<UnitReport> reports) {
        List<UnitResult> results = new ArrayList<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Figure> firstSeen = new LinkedHashMap<>();
        for (UnitReport report : reports) {
            if (!report.status().countsAsSubmitted()) {
                continue;
            }
            Optional<ContentResult> result = report.latest().flatMap(version -> version.results().stream()
                    .filter(r -> r.contentNumber() == content.number()).findFirst());
            if (result.isEmpty()) {
                continue;
            }
            results.add(new UnitResult(report.unitId(), report.unitName(), result.get().narrative(),
                    result.get().figures()));
            for (Figure figure : result.get().figures()) {
                String key = figureKey(figure);
                firstSeen.putIfAbsent(key, figure);
                double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
                sum[0] += figure.value();
                sum[1]++;
            }
        }
        List<FigureTotal> totals = firstSeen.entrySet().stream()
                .map(entry -> new FigureTotal(entry.getValue().name(), entry.getValue().unit(),
                        sums.get(entry.getKey())[0], (int) sums.get(entry.getKey())[1]))
                .toList();
        return new ContentResults(content.number(), content.text(), List.copyOf(results), totals);
    }

    /** Figures add up when their names match (case and spacing aside) and their units of measure too. */
    private static String figureKey(Figure figure) {
        return figure.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "\u0000"
                + (figure.unit() == null ? "" : figure.unit().strip().toLowerCase(Locale.ROOT));
    }

    static String statusName(ReportStatus status) {
        return switch (status) {
            case EXPECTED -> "Chưa nộp";
            case SUBMITTED -> "Đã nộp, chờ xem xét";
            case RETURNED -> "Bị trả lại, chờ nộp lại";
            case ACCEPTED -> "Đã được chấp nhận";
        };
    }
}
