package vn.thidua.award.nomination;

import java.time.Instant;
import java.util.List;

/** The office returned the dossier to the unit (trả lại hồ sơ) for these reasons. */
public record ReturnNote(List<String> reasons, String returnedBy, Instant returnedAt) {

    public ReturnNote {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
