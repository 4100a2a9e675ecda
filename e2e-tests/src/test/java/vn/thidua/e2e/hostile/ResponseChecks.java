package vn.thidua.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer to a hostile request must respect, whoever sent it: no server error; nothing of the inside
 * (stack traces, Java class or package names, MongoDB or driver messages); errors as RFC 9457 problem details
 * with a {@code code}; no header an injected CR/LF could have added.
 */
public final class ResponseChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The inside of a service, which an answer must never show. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*(\\.java:\\d+)?\\)"),
            Pattern.compile("\\b(java|javax|jakarta|sun|jdk)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w*"),
            Pattern.compile("\\b(org\\.springframework|org\\.apache|org\\.bson|org\\.h2|com\\.mongodb|de\\.bwaldvogel"
                    + "|tools\\.jackson|com\\.fasterxml|io\\.swagger|vn\\.thidua)\\.[\\w.]+"),
            Pattern.compile("\\b\\w+(Exception|Error)\\b:"),
            Pattern.compile("Caused by:"),
            Pattern.compile("(?i)MongoCommandException|MongoWriteException|E11000 duplicate key|Query failed with error code"
                    + "|BsonInvalid|Command failed with error|mongo-java-server|no such (column|table)"),
            Pattern.compile("(?i)Apache Tomcat/\\d|Whitelabel Error Page"));

    private ResponseChecks() {
    }

    /** The problems of one answer; empty when it is acceptable. */
    public static List<String> problemsOf(HostileClient.Exchange exchange) {
        return problemsOf(exchange, false);
    }

    /**
     * The same, for an operation whose successful answers show recorded failures on purpose (the dead letters
     * with the exceptions the binder recorded, for ADMIN): their bodies are not searched for internals; their
     * errors and headers still are.
     */
    public static List<String> problemsOf(HostileClient.Exchange exchange, boolean showsRecordedFailures) {
        List<String> problems = new ArrayList<>();
        if (exchange.status() >= 500) {
            problems.add("server error " + exchange.status());
        }
        if (!(showsRecordedFailures && exchange.isSuccessful())) {
            leak(exchange.body()).ifPresent(leak -> problems.add("internal detail in the body: «" + leak + "»"));
        }
        for (Map.Entry<String, List<String>> header : exchange.headers().entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(HostileValues.INJECTED_HEADER)) {
                problems.add("an injected header came back: " + header);
            }
            for (String value : header.getValue()) {
                leak(value).ifPresent(leak -> problems.add("internal detail in header " + header.getKey() + ": «" + leak + "»"));
            }
        }
        if (exchange.status() >= 400) {
            if (!exchange.contentType().startsWith("application/problem+json")) {
                problems.add("error " + exchange.status() + " is not application/problem+json but «" + exchange.contentType() + "»");
            } else {
                String code = codeOf(exchange.body());
                if (code.isBlank()) {
                    problems.add("problem details without a code");
                }
            }
        }
        return problems;
    }

    /** The first internal detail the text shows, if any. */
    static Optional<String> leak(String text) {
        for (Pattern pattern : LEAKS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    private static String codeOf(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("code").asString("");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
