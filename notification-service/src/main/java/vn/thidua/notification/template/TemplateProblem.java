package vn.thidua.notification.template;

/**
 * Something wrong with a template being saved, where it is.
 *
 * @param code the problem's kind: template-part-missing, template-syntax, template-unknown-variable,
 *             sms-too-long
 * @param line the line of the part, from 1; 0 when the problem is not on one line
 */
public record TemplateProblem(String code, TemplatePart part, int line, String message) {

    /** "HTML, dòng 3: …", as the problem details list it. */
    public String describe() {
        return part + (line > 0 ? ", dòng " + line : "") + ": " + message;
    }
}
