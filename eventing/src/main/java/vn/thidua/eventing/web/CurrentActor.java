package vn.thidua.eventing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.TokenActors;

/**
 * Who is acting, for authorisation checks in queries and for audit trails: the validated access
 * token of the current request; anonymous for a request without one; {@link Actor#SYSTEM} for work
 * no request started (event consumers, schedulers).
 */
public class CurrentActor {

    private final TokenActors tokens;

    public CurrentActor(TokenActors tokens) {
        this.tokens = tokens;
    }

    public Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return tokens.actor(token.getToken());
        }
        return currentRequest() == null ? Actor.SYSTEM : Actor.ANONYMOUS;
    }

    /** The acting subject (username, client id, "anonymous" or "system"). */
    public String name() {
        return actor().subject();
    }

    /** Who is acting and from where, for an audit entry. */
    public Who who() {
        Actor actor = actor();
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return new Who(actor.subject(), actor.rolesText(), actor.unit(), actor.client(), null, null);
        }
        return new Who(actor.subject(), actor.rolesText(), actor.unit(), actor.client(), RequestIds.of(request),
                request.getRemoteAddr());
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
