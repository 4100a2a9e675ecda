package vn.thidua.eventing.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details: business refusals with their code, invalid fields listed
 * one by one, never a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String TYPE_BASE = "https://thidua.vn/problems/";

    /**
     * A row refused to someone who sent no token is a matter of signing in (401 with the Bearer
     * challenge), as Spring Security answers for endpoints; a signed-in user gets the 403.
     */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        if (e.status() == HttpStatus.FORBIDDEN && !(SecurityContextHolder.getContext().getAuthentication()
                instanceof AbstractOAuth2TokenAuthenticationToken<?>)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Cần đăng nhập: yêu cầu này phải kèm mã truy cập (Authorization: Bearer …).");
            problem.setType(URI.create(TYPE_BASE + "unauthorized"));
            problem.setTitle(HttpStatus.UNAUTHORIZED.getReasonPhrase());
            problem.setProperty("code", "unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(problem);
        }
        return ResponseEntity.status(e.status()).body(problem(e));
    }

    private static ProblemDetail problem(DomainException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create(TYPE_BASE + e.code()));
        problem.setTitle(e.status().getReasonPhrase());
        problem.setProperty("code", e.code());
        return problem;
    }

    /**
     * A request parameter whose name the binder cannot map onto the bound object, such as {@code agency[$exists]}
     * for a filter record: the client's mistake, not a server error.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<ProblemDetail> unbindableParameter(InvalidPropertyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Tham số không hợp lệ: tên tham số không được hỗ trợ.");
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("Bad Request");
        problem.setProperty("code", "invalid-request");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Dữ liệu gửi lên không hợp lệ (" + errors.size() + " lỗi).");
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("Bad Request");
        problem.setProperty("code", "invalid-request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Every other error Spring MVC raises (unreadable JSON, wrong method, missing parameter…) keeps
     * Spring's problem details and gains a stable {@code code} and {@code type}, as ours have.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            String code = switch (status.value()) {
                case 400 -> "invalid-request";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 413 -> "payload-too-large";
                case 415 -> "unsupported-media-type";
                default -> "http-" + status.value();
            };
            problem.setType(URI.create(TYPE_BASE + code));
            problem.setProperty("code", code);
            if (e instanceof HttpMessageNotReadableException) {
                problem.setDetail("Không đọc được nội dung yêu cầu: JSON sai cú pháp hoặc giá trị không hợp lệ.");
            }
        }
        return response;
    }

    /** A value that could not even be converted gets a plain message: the converter's names Java types. */
    private static Map<String, Object> fieldError(FieldError error) {
        String message = error.isBindingFailure() ? "giá trị không đúng định dạng"
                : error.getDefaultMessage() == null ? "không hợp lệ" : error.getDefaultMessage();
        return Map.of("field", error.getField(), "message", message);
    }
}
