package vn.thidua.campaign.directory;

/** A unit as listed across the directory, with the agency it belongs to. */
public record UnitListing(String code, String name, String headName, String email, String phone, String agencyCode,
        String agencyName) {

    static UnitListing of(Agency agency, Unit unit) {
        return new UnitListing(unit.code(), unit.name(), unit.headName(), unit.email(), unit.phone(), agency.code(),
                agency.name());
    }
}
