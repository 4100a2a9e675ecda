package vn.thidua.contracts.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's name, head, contact or validity changed. Carries the whole new description (copies are
 * replaced, not patched) and the names of the fields that changed.
 */
public record UnitChanged(
        String unitId,
        String agencyCode,
        String agencyName,
        String name,
        String headName,
        String email,
        String phone,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> changedFields) implements DirectoryEvent {
}
