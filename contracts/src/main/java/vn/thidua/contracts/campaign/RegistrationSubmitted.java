package vn.thidua.contracts.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A participating unit registered for a launched movement (đăng ký thi đua): its targets, the
 * collective titles it aims for and the people who aim for individual titles. Titles are codes such
 * as {@code TAP_THE_LAO_DONG_XUAT_SAC} or {@code CHIEN_SI_THI_DUA_CO_SO}.
 */
public record RegistrationSubmitted(
        String campaignId,
        String registrationId,
        String unitId,
        String unitName,
        String targets,
        List<String> titles,
        List<Individual> individuals,
        Instant submittedAt) implements MovementEvent {

    /** A person of the unit and the individual titles they aim for. */
    public record Individual(String name, List<String> titles) {
    }
}
