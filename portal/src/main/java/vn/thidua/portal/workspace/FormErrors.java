package vn.thidua.portal.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.thidua.portal.services.Problem;
import vn.thidua.portal.services.ServiceException;

/**
 * A service's refusal of a form, laid out for the page: each message beside the field it is about
 * (the form's own field names) and the rest at the top. The messages are the service's own
 * Vietnamese ones, so the portal never rewords a rule it does not own.
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * @param fieldOfPath the form field for a problem's field path (e.g. {@code contents[0].text}), null if none
     * @param fieldOfCode the form field for a rule's {@code code} (e.g. {@code invalid-period}), null if none
     */
    public static FormErrors of(Problem problem, Function<String, String> fieldOfPath, Function<String, String> fieldOfCode,
            String fallbackMessage) {
        FormErrors errors = new FormErrors();
        for (Problem.FieldError error : problem.errors()) {
            errors.add(error.field() == null ? null : fieldOfPath.apply(error.field()), error.message());
        }
        if (problem.errors().isEmpty()) {
            String message = problem.detail() == null || problem.detail().isBlank() ? fallbackMessage : problem.detail();
            errors.add(problem.code() == null ? null : fieldOfCode.apply(problem.code()), message);
        }
        return errors;
    }

    /**
     * Whether a refusal is about what the form said (invalid input, a rule, a state that changed) and
     * so belongs beside the form; no right, not signed in or not found go to the workspace's notice.
     */
    public static boolean concernsTheForm(ServiceException.Refused refused) {
        int status = refused.status();
        return status != 401 && status != 403 && status != 404;
    }

    public FormErrors add(String field, String message) {
        if (message == null || message.isBlank()) {
            return this;
        }
        if (field == null) {
            if (!general.contains(message)) {
                general.add(message);
            }
        } else {
            List<String> messages = byField.computeIfAbsent(field, key -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages about one field, joined for the text beside it. */
    public String of(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }

    /** Every field with a message, in the order found: the summary at the top links to each. */
    public Map<String, List<String>> fields() {
        return byField;
    }

    public List<String> general() {
        return general;
    }
}
