package vn.thidua.award.council;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;

/**
 * Who sees and runs which council sessions. Administrators: all. Office staff: their department's,
 * which they run (schedule, open, record written votes, close). Leaders: their department's, read.
 * Council members (and a leader who sits on the council): only the sessions whose roster names them,
 * where they vote and recuse. Nobody else.
 */
final class CouncilAccess {

    private CouncilAccess() {
    }

    /** The sessions the actor may read; null when none. */
    static Criteria readable(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (actor.agency() != null && actor.hasAny(Role.OFFICE, Role.LEADER)) {
            any.add(Criteria.where("agency").is(actor.agency()));
        }
        if (actor.hasAny(Role.COUNCIL, Role.LEADER)) {
            any.add(Criteria.where("members.username").is(actor.subject()));
        }
        return any.isEmpty() ? null : new Criteria().orOperator(any);
    }

    static boolean reads(Actor actor, CouncilSession session) {
        return actor.has(Role.ADMIN)
                || actor.hasAny(Role.OFFICE, Role.LEADER) && actor.belongsTo(session.agency())
                || sitsOn(actor, session);
    }

    /** Office staff of the session's department, or an administrator: they run it. */
    static boolean runs(Actor actor, CouncilSession session) {
        return runs(actor, session.agency());
    }

    static boolean runs(Actor actor, String agency) {
        return actor.has(Role.ADMIN) || actor.has(Role.OFFICE) && actor.belongsTo(agency);
    }

    /** A member of the roster signed in as a council member (or a leader chairing it). */
    static boolean sitsOn(Actor actor, CouncilSession session) {
        return actor.hasAny(Role.COUNCIL, Role.LEADER) && session.onRoster(actor.subject());
    }
}
