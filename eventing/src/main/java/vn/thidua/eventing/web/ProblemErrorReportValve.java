package vn.thidua.eventing.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

import vn.thidua.eventing.EventJson;

/**
 * Tomcat's own error report, for requests it refuses before they reach the application (a NUL or an encoded slash
 * in the path, a malformed request line): problem details with a {@code code} instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        String code = ProblemCodes.forStatus(status);
        problem.put("type", ProblemCodes.TYPE_BASE + code);
        problem.put("title", status >= 500 ? "Internal Server Error" : "Bad Request");
        problem.put("status", status);
        problem.put("detail", ProblemCodes.detailFor(status));
        problem.put("code", code);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(EventJson.MAPPER.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was taken over: nothing more can be reported.
        }
    }
}
