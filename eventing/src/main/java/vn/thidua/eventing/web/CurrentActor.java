package vn.thidua.eventing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, for audit trails. The only place in the platform that knows: until
 * authentication arrives it is the {@code X-Actor} header (or "system"); the security work replaces
 * this with the token's subject.
 */
public class CurrentActor {

    public static final String HEADER = "X-Actor";
    public static final String SYSTEM = "system";

    public String name() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String actor = request.getHeader(HEADER);
            if (actor != null && !actor.isBlank()) {
                return actor.strip();
            }
        }
        return SYSTEM;
    }
}
