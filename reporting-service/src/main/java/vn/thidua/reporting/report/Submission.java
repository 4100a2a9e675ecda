package vn.thidua.reporting.report;

import java.time.Instant;
import java.util.List;

/** One submitted version of a report; every version is kept. */
public record Submission(int version, List<ContentResult> results, String summary, Instant submittedAt,
        String submittedBy, boolean late) {
}
