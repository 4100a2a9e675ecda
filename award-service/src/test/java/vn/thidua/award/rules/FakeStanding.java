package vn.thidua.award.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An in-memory {@link Standing}: titles held by year, and how many individuals of a unit hold each. */
final class FakeStanding implements Standing {

    private final Map<String, Set<Integer>> years = new HashMap<>();
    private final Map<String, Long> individuals = new HashMap<>();

    FakeStanding holds(Holder holder, String title, Integer... held) {
        years.computeIfAbsent(holder + title, k -> new HashSet<>()).addAll(Set.of(held));
        return this;
    }

    FakeStanding individuals(String unitId, String title, int year, long count) {
        individuals.put(unitId + title + year, count);
        return this;
    }

    @Override
    public Set<Integer> yearsHeld(Holder holder, String title, int fromYear, int toYear) {
        return years.getOrDefault(holder + title, Set.of()).stream().filter(y -> y >= fromYear && y <= toYear)
                .collect(Collectors.toSet());
    }

    @Override
    public long individuals(String unitId, String title, int year) {
        return individuals.getOrDefault(unitId + title + year, 0L);
    }

    @Override
    public String toString() {
        return years + " " + individuals;
    }
}
