package vn.thidua.contracts.campaign;

import java.time.LocalDate;

/**
 * A unit (phòng, đơn vị trực thuộc) was added to the directory, with the contact its notices go to
 * and the dates it is valid (a merged or renamed body keeps its history).
 */
public record UnitRegistered(
        String unitId,
        String agencyCode,
        String agencyName,
        String name,
        String headName,
        String email,
        String phone,
        LocalDate validFrom,
        LocalDate validTo) implements DirectoryEvent {
}
