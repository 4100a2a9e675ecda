package vn.thidua.portal.workspace;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.thidua.portal.admin.AdminController;
import vn.thidua.portal.dashboard.DashboardController;
import vn.thidua.portal.disclosure.DisclosureController;
import vn.thidua.portal.news.NewsController;
import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.ServiceException;

/**
 * What a workspace page shows when a service says no or cannot be asked: the service's own
 * Vietnamese reason for a refusal, an apology when it is down, a new sign-in when the token is no
 * longer accepted. Never a stack trace. (The dashboard's, the public disclosure and news pages', and the
 * admin console's too.)
 */
@ControllerAdvice(basePackageClasses = { WorkspaceErrors.class, DashboardController.class, DisclosureController.class,
        NewsController.class, AdminController.class })
public class WorkspaceErrors {

    @ExceptionHandler(ServiceException.Refused.class)
    ModelAndView refused(ServiceException.Refused refused, HttpServletRequest request) {
        int status = refused.status();
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            request.getSession().invalidate();
            return new ModelAndView("redirect:" + SecurityConfiguration.START_SIGN_IN);
        }
        String key = status == HttpStatus.FORBIDDEN.value() ? "workspace.forbidden"
                : status == HttpStatus.NOT_FOUND.value() ? "workspace.notFound" : "workspace.refused";
        return notice(key, refused.problem().detail(), request,
                HttpStatus.resolve(status) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(status));
    }

    @ExceptionHandler(ServiceException.Unavailable.class)
    ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        return notice("workspace.unavailable", null, request, HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ModelAndView notice(String key, String detail, HttpServletRequest request, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("noticeKey", key);
        // The language link re-opens this page; after a form's POST it goes to the workspace instead.
        model.put("here", "GET".equals(request.getMethod()) ? request.getRequestURI() : SecurityConfiguration.WORKSPACE);
        if (detail != null && !detail.isBlank()) {
            model.put("detail", detail);
        }
        return new ModelAndView("notice", model, status);
    }
}
