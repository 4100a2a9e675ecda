package vn.thidua.campaign.directory;

import java.time.LocalDate;

/** A unit as listed across the directory, with the agency it belongs to and its validity dates. */
public record UnitListing(String code, String name, String headName, String email, String phone, LocalDate validFrom,
        LocalDate validTo, String agencyCode, String agencyName) {

    static UnitListing of(Agency agency, Unit unit) {
        return new UnitListing(unit.code(), unit.name(), unit.headName(), unit.email(), unit.phone(), unit.validFrom(),
                unit.validTo(), agency.code(), agency.name());
    }
}
