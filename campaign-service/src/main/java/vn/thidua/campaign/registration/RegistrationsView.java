package vn.thidua.campaign.registration;

import java.time.LocalDate;
import java.util.List;

/** Who has registered for a movement, and which participating units have not yet. */
public record RegistrationsView(String campaignId, LocalDate registrationDeadline, List<RegistrationView> registered,
        List<UnitNotRegistered> notRegistered) {

    public record UnitNotRegistered(String unitId, String name) {
    }
}
