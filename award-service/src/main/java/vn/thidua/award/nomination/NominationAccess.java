package vn.thidua.award.nomination;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.thidua.award.config.AccessPolicy;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;

/**
 * Who reads which nominations. Administrators and services holding {@code award.read} read all;
 * office staff and leaders their department's (the nominated unit's or the issuing agency's); the
 * council their department's once submitted; a unit officer their own unit's. Everyone else
 * (anonymous callers, viewers) reads only what is published: decided nominations, without the dossier.
 */
public final class NominationAccess {

    private NominationAccess() {
    }

    /** The nominations whose whole dossier the actor may read; null when the actor reads only published ones. */
    static Criteria dossiersOf(Actor actor) {
        if (readsAll(actor)) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (actor.agency() != null && actor.hasAny(Role.OFFICE, Role.LEADER)) {
            any.add(Criteria.where("agencies").is(actor.agency()));
        }
        if (actor.agency() != null && actor.has(Role.COUNCIL)) {
            any.add(Criteria.where("agencies").is(actor.agency()).and("status").ne(NominationStatus.DRAFT));
        }
        if (actor.unit() != null && actor.has(Role.UNIT)) {
            any.add(Criteria.where("unitId").is(actor.unit()));
        }
        return any.isEmpty() ? null : new Criteria().orOperator(any);
    }

    /** What the actor's lists hold: their dossiers, or for everyone else the published decisions. */
    static Criteria visibleTo(Actor actor) {
        Criteria dossiers = dossiersOf(actor);
        return dossiers != null ? dossiers
                : Criteria.where("status").in(NominationStatus.DECIDED, NominationStatus.REVOKED);
    }

    /** Whether the actor may read this nomination's whole dossier (reason, grounds, evidence, audit trail). */
    public static boolean readsDossier(Actor actor, Nomination nomination) {
        if (readsAll(actor)) {
            return true;
        }
        boolean ofAgency = actor.agency() != null && nomination.agencies().contains(actor.agency());
        return ofAgency && actor.hasAny(Role.OFFICE, Role.LEADER)
                || ofAgency && actor.has(Role.COUNCIL) && nomination.status() != NominationStatus.DRAFT
                || actor.has(Role.UNIT) && actor.isOfUnit(nomination.unitId());
    }

    /** Whether the actor reads only what is published (no role that sees dossiers). */
    static boolean readsPublishedOnly(Actor actor) {
        return dossiersOf(actor) == null;
    }

    private static boolean readsAll(Actor actor) {
        return actor.has(Role.ADMIN) || actor.hasScope(AccessPolicy.READ_SCOPE);
    }
}
