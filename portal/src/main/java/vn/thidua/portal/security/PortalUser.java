package vn.thidua.portal.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the pages need it: the name to greet, the roles that pick a workspace, and
 * the department (agency) and unit whose data the workspaces show. Read from the ID token's claims;
 * the services decide again from the access token, so this never grants anything by itself.
 */
public record PortalUser(String username, String name, List<String> roles, String agency, String unit, String title) {

    public static final String ADMIN = "ADMIN";
    public static final String OFFICE = "OFFICE";
    public static final String UNIT = "UNIT";
    public static final String COUNCIL = "COUNCIL";
    public static final String LEADER = "LEADER";
    public static final String VIEWER = "VIEWER";

    /** Roles in the order the header names them when a person has several. */
    private static final List<String> KNOWN_ROLES = List.of(ADMIN, OFFICE, LEADER, COUNCIL, UNIT, VIEWER);

    public PortalUser {
        roles = List.copyOf(roles);
    }

    /** The signed-in user, or null for a visitor (or a caller that is not an OIDC sign-in). */
    public static PortalUser of(Authentication authentication, ClaimNames claims) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof OidcUser oidc)) {
            return null;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        List<String> roles = KNOWN_ROLES.stream().filter(role -> authorities.contains("ROLE_" + role)).toList();
        String username = firstText(oidc.getPreferredUsername(), oidc.getSubject());
        return new PortalUser(username, firstText(oidc.getClaimAsString(claims.name()), oidc.getFullName(), username),
                roles, oidc.getClaimAsString(claims.agency()), oidc.getClaimAsString(claims.unit()),
                firstText(oidc.getClaimAsString(claims.title())));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The role the header shows first: the one that picks the workspace. */
    public String mainRole() {
        return roles.isEmpty() ? null : roles.getFirst();
    }

    /** Works as the department's secretariat: office staff, and administrators (who may do everything). */
    public boolean isOffice() {
        return has(OFFICE) || has(ADMIN);
    }

    /** A unit officer with a unit to report for. */
    public boolean isUnitOfficer() {
        return has(UNIT) && unit != null && !unit.isBlank();
    }

    /** A leader of a department: approves and signs letters, decides nominations. */
    public boolean isLeader() {
        return (has(LEADER) || has(ADMIN)) && agency != null && !agency.isBlank();
    }

    /** Sits on councils: members, and leaders on a session's roster. */
    public boolean sitsOnCouncils() {
        return has(COUNCIL) || has(LEADER);
    }

    /** May read the provincial dashboard (reporting-service's rule). */
    public boolean readsDashboard() {
        return has(VIEWER) || has(LEADER) || has(OFFICE) || has(ADMIN);
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
