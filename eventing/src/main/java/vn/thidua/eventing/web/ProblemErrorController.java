package vn.thidua.eventing.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page every error that escapes Spring MVC's handlers lands on (an exception no handler took, a request
 * the security firewall rejected, an error the container raised): RFC 9457 problem details with a {@code code},
 * like every other error of the API, in place of Boot's {@code {"timestamp",...}} body. Never the exception's
 * message: it may name classes or echo hostile input. Not part of the API, so not in its OpenAPI document.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = statusOf(request);
        String code = ProblemCodes.forStatus(status);
        HttpStatus resolved = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved,
                ProblemCodes.detailFor(status));
        problem.setType(URI.create(ProblemCodes.TYPE_BASE + code));
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The error's status; a request for the error page itself, with no error behind it, finds nothing (404). */
    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status == null) {
            return 404;
        }
        return status instanceof Integer code && code >= 400 && code <= 599 ? code : 500;
    }
}
