package vn.thidua.award.rules;

/** An innovation (sáng kiến) a nominee claims: what it is, who recognised it, and how far it applies. */
public record Innovation(String title, String recognisedBy, InnovationScope scope) {

    /** Counts only when it is named, recognised by someone, and has a scope. */
    public boolean declared() {
        return title != null && !title.isBlank() && recognisedBy != null && !recognisedBy.isBlank() && scope != null;
    }
}
