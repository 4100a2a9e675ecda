package vn.thidua.portal.services;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A service's RFC 9457 problem details, as far as the pages use them: the stable {@code code}, the
 * Vietnamese {@code detail}, and for invalid input the {@code errors} per field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(int status, String code, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One invalid field, e.g. {@code contents[0].text}, with the service's Vietnamese message; or one
     * unmet rule of an appraisal ({@code code}, {@code reason}), which has no field.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message, String code, String reason) {

        public FieldError {
            message = message == null ? reason : message;
        }

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}
