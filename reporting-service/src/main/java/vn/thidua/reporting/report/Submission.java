package vn.thidua.reporting.report;

import java.time.Instant;
import java.util.List;

/**
 * One submitted version of a report; every version is kept, with the evidence files it was handed in
 * with (a version stored before reports had attachments reads with none).
 */
public record Submission(int version, List<ContentResult> results, String summary, Instant submittedAt,
        String submittedBy, boolean late, List<Attachment> attachments) {

    public Submission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
