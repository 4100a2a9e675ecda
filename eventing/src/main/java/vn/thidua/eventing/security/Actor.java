package vn.thidua.eventing.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Who is making a request, taken from the access token alone: the subject, the roles and the
 * agency and unit codes of the directory. A client-credentials token (another service or a
 * script) has no roles, only scopes. Work that no request started (event consumers, schedulers)
 * runs as {@link #SYSTEM}.
 *
 * @param subject the token's {@code sub}: the username, or the client id for client credentials
 * @param name the person's full name, for audit trails; may be null
 * @param roles the platform roles the token carries
 * @param agency the agency (department) code, e.g. SNNMT; null for system and service clients
 * @param unit the unit code, e.g. SNNMT-VP; null when the user belongs to no unit
 * @param client the OAuth2 client the token was issued to ({@code azp}/{@code client_id})
 * @param scopes the OAuth2 scopes the token carries
 */
public record Actor(String subject, String name, Set<Role> roles, String agency, String unit, String client,
        Set<String> scopes) {

    /** The platform itself: event consumers, schedulers, start-up work. */
    public static final Actor SYSTEM = new Actor("system", "Hệ thống", Set.of(), null, null, null, Set.of());

    /** A request without a token: reads only what is published. */
    public static final Actor ANONYMOUS = new Actor("anonymous", null, Set.of(), null, null, null, Set.of());

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || ANONYMOUS.subject.equals(subject) && roles.isEmpty() && client == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** A user of this agency (department), whatever the role. */
    public boolean belongsTo(String agencyCode) {
        return agency != null && agency.equals(agencyCode);
    }

    /** A user of this unit. */
    public boolean isOfUnit(String unitCode) {
        return unit != null && unit.equals(unitCode);
    }

    /** ADMIN, or OFFICE/LEADER staff of the given department: may see everything of that department. */
    public boolean managesAgency(String agencyCode) {
        return has(Role.ADMIN) || (hasAny(Role.OFFICE, Role.LEADER) && belongsTo(agencyCode));
    }

    /** The roles as text, for audit entries ("OFFICE", "UNIT,COUNCIL"). */
    public String rolesText() {
        return roles.stream().map(Role::name).sorted().reduce((a, b) -> a + "," + b).orElse(null);
    }
}
