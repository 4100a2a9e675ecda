package vn.thidua.award.directory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * award-service's copy of a directory unit ({@code UnitRegistered}, {@code UnitChanged}): which
 * agency (department) it belongs to, so nominations and achievements are scoped to their department
 * without calling campaign-service.
 */
@Document("units")
public record UnitCopy(@Id String unitId, String agencyCode, String agencyName, String name, LocalDate validFrom,
        LocalDate validTo) {
}
