package vn.thidua.portal.security;

import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on this request, or null for a visitor. */

public class CurrentUser {

    private final ClaimNames claims;

    public CurrentUser(ClaimNames claims) {
        this.claims = claims;
    }

    public PortalUser get() {
        return PortalUser.of(SecurityContextHolder.getContext().getAuthentication(), claims);
    }
}
