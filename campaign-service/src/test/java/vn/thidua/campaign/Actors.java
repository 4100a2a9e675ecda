package vn.thidua.campaign;

import vn.thidua.eventing.audit.Who;

/** Who acts in domain tests: a portal user with a role, as an audit entry records them. */
public final class Actors {

    private Actors() {
    }

    public static Who who(String subject) {
        return new Who(subject, "OFFICE", null, "thidua-portal", "req-" + subject, "127.0.0.1");
    }
}
