package vn.thidua.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request, before it is sent as a particular caller.
 *
 * @param pathAndQuery the encoded path with its query string
 * @param pathValues the raw values put in the path's parameters (to tell whose resource it names)
 * @param contentType null when there is no body
 * @param headers extra headers (hostile ones included)
 */
public record HostileRequest(ApiOperation operation, String pathAndQuery, List<String> pathValues, String contentType,
        byte[] body, Map<String, String> headers) {

    /** The request for a failure message: method, path and the start of the body. */
    public String describe() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return operation.method() + " " + abbreviate(pathAndQuery) + (contentType == null ? "" : " [" + contentType + "] " + shown)
                + (headers.isEmpty() ? "" : " headers " + headers.keySet());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}
