package vn.thidua.campaign.directory;

import java.util.List;

/**
 * What an import did, per agency in file order: created, updated or unchanged, with the units it
 * announced (UnitRegistered for {@code unitsAdded}, UnitChanged for {@code unitsChanged}).
 */
public record ImportReport(int rows, int agenciesCreated, int agenciesUpdated, int agenciesUnchanged, int unitsAdded,
        int unitsChanged, List<AgencyOutcome> agencies) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    public record AgencyOutcome(String code, String name, Outcome outcome, List<String> unitsAdded,
            List<String> unitsChanged) {
    }

    static ImportReport of(int rows, List<AgencyOutcome> agencies) {
        return new ImportReport(rows, count(agencies, Outcome.CREATED), count(agencies, Outcome.UPDATED),
                count(agencies, Outcome.UNCHANGED), agencies.stream().mapToInt(a -> a.unitsAdded().size()).sum(),
                agencies.stream().mapToInt(a -> a.unitsChanged().size()).sum(), List.copyOf(agencies));
    }

    private static int count(List<AgencyOutcome> agencies, Outcome outcome) {
        return (int) agencies.stream().filter(agency -> agency.outcome() == outcome).count();
    }
}
