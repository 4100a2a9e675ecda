package vn.thidua.award.rules;

import java.util.Set;

/**
 * What the eligibility criteria need to know about the past and the pending: titles in the
 * achievement history and in nominations still under way (not revoked).
 */
public interface Standing {

    /** The years from {@code fromYear} to {@code toYear} in which the holder holds or is nominated for the title. */
    Set<Integer> yearsHeld(Holder holder, String title, int fromYear, int toYear);

    /** How many individuals of the unit hold or are nominated for the title in the year. */
    long individuals(String unitId, String title, int year);
}
