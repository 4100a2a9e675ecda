package vn.thidua.eventing.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated access token into an {@link Actor} and its authorities: {@code ROLE_x} for
 * each known role in the roles claim, {@code SCOPE_x} for each scope. Unknown roles are ignored
 * rather than trusted.
 */
public final class TokenActors implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Claims claims;

    public TokenActors(SecurityProperties.Claims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = actor(jwt);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        actor.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        actor.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return new JwtAuthenticationToken(jwt, authorities, actor.subject());
    }

    public Actor actor(Jwt jwt) {
        return new Actor(jwt.getSubject() == null ? "unknown" : jwt.getSubject(),
                text(jwt, claims.name()),
                roles(jwt.getClaim(claims.roles())),
                text(jwt, claims.agency()),
                text(jwt, claims.unit()),
                client(jwt),
                scopes(jwt.getClaim("scope") != null ? jwt.getClaim("scope") : jwt.getClaim("scp")));
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(claim)) {
            String name = value.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<String> scopes(Object claim) {
        return new LinkedHashSet<>(strings(claim));
    }

    /** A claim given as a JSON array or as one space-separated string (RFC 8693 {@code scope}). */
    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        if (claim instanceof String text && !text.isBlank()) {
            return List.of(text.strip().split("\\s+"));
        }
        return List.of();
    }

    private static String client(Jwt jwt) {
        String azp = jwt.getClaimAsString("azp");
        if (azp != null) {
            return azp;
        }
        // RFC 9068 (JWT profile for access tokens) names the client in client_id.
        return jwt.getClaimAsString("client_id");
    }

    private static String text(Jwt jwt, String claim) {
        String value = jwt.getClaimAsString(claim);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
