package vn.thidua.portal.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user ({@code currentUser}, null for visitors) on every page, for the header. */
@ControllerAdvice
public class CurrentUserAdvice {

    private final CurrentUser currentUser;

    public CurrentUserAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("currentUser")
    public PortalUser currentUser() {
        return currentUser.get();
    }
}
