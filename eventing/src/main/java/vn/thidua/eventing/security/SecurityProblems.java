package vn.thidua.eventing.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.thidua.eventing.EventJson;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the API, keeping the
 * {@code WWW-Authenticate: Bearer} challenge of RFC 6750. The body never repeats why a token
 * was refused beyond "missing" or "invalid or expired".
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String TYPE_BASE = "https://thidua.vn/problems/";

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        challenge.commence(request, response, e);
        boolean tokenSent = request.getHeader("Authorization") != null;
        write(response, 401, "Unauthorized", "unauthorized", tokenSent
                ? "Mã truy cập (access token) không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại."
                : "Cần đăng nhập: yêu cầu này phải kèm mã truy cập (Authorization: Bearer …).", request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        denied.handle(request, response, e);
        write(response, 403, "Forbidden", "forbidden", "Bạn không có quyền thực hiện thao tác này.", request);
    }

    private static void write(HttpServletResponse response, int status, String title, String code, String detail,
            HttpServletRequest request) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(EventJson.MAPPER.writeValueAsBytes(problem));
    }
}
