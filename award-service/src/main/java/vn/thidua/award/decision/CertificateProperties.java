package vn.thidua.award.decision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thidua.award.certificates.blanks.<FORM>.<field>}: where each text goes on a form's
 * pre-printed blank (phôi), in millimetres from the top-left corner of the A4 landscape sheet, with the
 * width of its box and the font size in points. Fields: recipient, unit, achievement, decision,
 * place-date, signer. A field not configured keeps its default position ({@link #DEFAULTS}).
 */
@ConfigurationProperties("thidua.award.certificates")
public record CertificateProperties(Map<String, Map<String, Position>> blanks) {

    /** A text box: left and top edges, width (mm), font size (pt). */
    public record Position(double x, double y, double width, double size) {
    }

    /** Positions that fit the common 297 × 210 mm blanks, whose printed parts fill the top third. */
    static final Map<String, Position> DEFAULTS;

    static {
        Map<String, Position> defaults = new LinkedHashMap<>();
        defaults.put("recipient", new Position(40, 88, 217, 24));
        defaults.put("unit", new Position(40, 102, 217, 16));
        defaults.put("achievement", new Position(40, 114, 217, 14));
        defaults.put("decision", new Position(30, 160, 110, 12));
        defaults.put("place-date", new Position(160, 150, 110, 14));
        defaults.put("signer", new Position(160, 185, 110, 16));
        DEFAULTS = Map.copyOf(defaults);
    }

    public CertificateProperties {
        blanks = blanks == null ? Map.of() : Map.copyOf(blanks);
    }

    /** The position of a field on the form's blank. */
    Position of(String form, String field) {
        Map<String, Position> own = blanks.getOrDefault(form, blanks.get(form.toLowerCase(Locale.ROOT)));
        Position configured = own == null ? null : own.get(field);
        return configured != null ? configured : DEFAULTS.get(field);
    }
}
