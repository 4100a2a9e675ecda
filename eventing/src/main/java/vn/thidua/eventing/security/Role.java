package vn.thidua.eventing.security;

/**
 * The platform's roles, as the identity provider puts them in the token's {@code roles} claim.
 * What each may do is in docs/security.md; the services enforce it.
 */
public enum Role {
    /** Runs the platform: the directory, rule sets, every department's data. */
    ADMIN,
    /** Office staff and council secretariat of one department (agency). */
    OFFICE,
    /** A unit's head or officer: its own unit's registrations, reports and nominations. */
    UNIT,
    /** A member of an emulation and commendation council: the sessions they sit on. */
    COUNCIL,
    /** Director or leader: reads their department's data, signs letters and decisions. */
    LEADER,
    /** Reads the provincial dashboard. */
    VIEWER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
