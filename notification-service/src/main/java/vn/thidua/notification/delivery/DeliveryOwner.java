package vn.thidua.notification.delivery;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;

/**
 * Whose a delivery is, which decides who may read it: the unit it went to, the movement it is
 * about, and the agency (department) it belongs to — the unit's, as the directory gives it, or the
 * issuing agency of the movement while the unit's is not known. ADMIN reads every delivery, OFFICE
 * staff their agency's, UNIT officers their own unit's.
 *
 * @param unitId     the receiving unit; null when the notice names none
 * @param campaignId the movement the notice is about; null when none
 * @param agencyCode the owning agency; null when unknown (then only ADMIN reads it)
 */
public record DeliveryOwner(String unitId, String campaignId, String agencyCode) {

    public boolean isVisibleTo(Actor actor) {
        return actor.has(Role.ADMIN)
                || actor.has(Role.OFFICE) && actor.belongsTo(agencyCode)
                || actor.has(Role.UNIT) && actor.isOfUnit(unitId);
    }
}
