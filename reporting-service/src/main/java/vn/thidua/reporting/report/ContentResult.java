package vn.thidua.reporting.report;

import java.util.List;

/**
 * What the unit achieved for one numbered content: a narrative and, optionally, figures.
 * A result stored before results carried figures reads with none.
 */
public record ContentResult(int contentNumber, String narrative, List<Figure> figures) {

    public ContentResult {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public ContentResult(int contentNumber, String narrative) {
        this(contentNumber, narrative, List.of());
    }
}
