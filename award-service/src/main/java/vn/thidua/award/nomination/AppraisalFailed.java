package vn.thidua.award.nomination;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/**
 * Appraisal found the nomination ineligible or over quota: every unmet criterion is listed with its
 * own code and reason (422 {@code appraisal-failed}, {@code errors[{code,reason}]}), so the office can
 * return the dossier with all of them at once.
 */
public class AppraisalFailed extends DomainException {

    /** One unmet criterion. */
    public record Failure(String code, String reason) {
    }

    private final transient List<Failure> failures;

    private AppraisalFailed(String message, List<Failure> failures) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "appraisal-failed", message);
        this.failures = List.copyOf(failures);
    }

    static AppraisalFailed of(Nomination nomination, List<DomainException> unmet) {
        List<Failure> failures = unmet.stream().map(e -> new Failure(e.code(), e.getMessage())).toList();
        return new AppraisalFailed("Thẩm định đề nghị " + nomination.id() + " không đạt (" + failures.size()
                + " điểm): " + String.join(" ", failures.stream().map(Failure::reason).toList()), failures);
    }

    public List<Failure> failures() {
        return failures;
    }
}
