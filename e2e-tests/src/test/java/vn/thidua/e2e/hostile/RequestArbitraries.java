package vn.thidua.e2e.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;

/**
 * Builds, from one {@link ApiOperation}, the jqwik {@link Arbitrary} of hostile requests to it: path parameters that
 * are real resources of the seeded department (so ownership checks are reached) or hostile strings; declared query
 * parameters plus operator-injection ones ({@code status[$ne]=}); bodies generated from the request schema, each
 * field valid or replaced by a hostile string or a value of the wrong shape, with mass-assignment keys added, or
 * replaced whole by garbage, deep nesting or the wrong content type.
 */
public final class RequestArbitraries {

    private static final int MAX_DEPTH = 4;
    private static final String BOUNDARY = "thidua-hostile-boundary";
    /** Fields a client must never be able to set: identity, state, the audit trail and the outbox. */
    private static final List<Map<String, Object>> MASS_ASSIGNMENT = List.of(
            Map.of("_id", Map.of("$gt", "")),
            Map.of("id", "00000000-0000-0000-0000-000000000000"),
            Map.of("status", "DECIDED"),
            Map.of("auditTrail", List.of()),
            Map.of("pendingEvents", List.of(Map.of("type", "AwardDecided"))),
            Map.of("$where", "sleep(1000) || true"),
            Map.of("__proto__", Map.of("admin", true)),
            Map.of("issuingAgency", Map.of("code", "SNV")),
            Map.of("unitCode", "SNV-TDKT"));
    private static final List<String> INJECTED_QUERIES = List.of(
            "status[$ne]=x", "q[$regex]=.*", "id[$gt]=", "$where=sleep(100)", "unitId[$ne]=", "agency[$exists]=true",
            "limit=-1", "limit=2147483648", "page=-5&size=100000", "format=../../etc/passwd", "x=%00", "x=%0d%0a"
                    + HostileValues.INJECTED_HEADER + ":%201", "from=9999-99-99", "year=NaN");
    private static final List<String> HEADER_VALUES = List.of(
            "vi-VN,vi;q=0.9", "' OR 1=1 --", "../../../../etc/passwd", "{\"$gt\": \"\"}", "${jndi:ldap://127.0.0.1/a}",
            "vi;q=99999999999999999999", "*;q=0," .repeat(200), "%0d%0a" + HostileValues.INJECTED_HEADER + ":%201");

    private final FixtureIds fixtures;

    public RequestArbitraries(FixtureIds fixtures) {
        this.fixtures = fixtures;
    }

    /** Where the ids of real resources come from, by parameter or field name. */
    public interface FixtureIds {

        /** Real ids (or codes) a parameter or field of this name could take in this path, if any are known. */
        List<String> idsFor(String name, String pathTemplate);
    }

    public Arbitrary<HostileRequest> of(ApiOperation operation) {
        List<ApiOperation.Parameter> pathParameters = operation.parameters().stream().filter(ApiOperation.Parameter::inPath).toList();
        List<ApiOperation.Parameter> queryParameters = operation.parameters().stream().filter(ApiOperation.Parameter::inQuery).toList();
        Arbitrary<List<String>> path = listOf(pathParameters.stream()
                .map(parameter -> pathValue(parameter, operation.pathTemplate())).toList());
        Arbitrary<List<Optional<String>>> query = listOf(queryParameters.stream()
                .map(parameter -> queryValue(parameter, operation.pathTemplate())).toList());
        Arbitrary<Optional<String>> injectedQuery = Arbitraries.of(INJECTED_QUERIES).optional(0.3);
        Arbitrary<Optional<Body>> body = operation.bodyMediaType() == null ? Arbitraries.just(Optional.<Body>empty())
                : body(operation).optional(operation.bodyRequired() ? 0.95 : 0.8);
        Arbitrary<Map<String, String>> headers = Combinators.combine(
                Arbitraries.of(HEADER_VALUES).optional(0.3), Arbitraries.of(HEADER_VALUES).optional(0.2))
                .as((language, forwarded) -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    language.ifPresent(value -> values.put("Accept-Language", value));
                    forwarded.ifPresent(value -> values.put("X-Forwarded-For", value));
                    return values;
                });
        return Combinators.combine(path, query, injectedQuery, body, headers).as((pathValues, queryValues, injected, content, extra) ->
                new HostileRequest(operation, pathAndQuery(operation, pathParameters, pathValues, queryParameters, queryValues, injected),
                        pathValues, content.map(Body::contentType).orElse(null), content.map(Body::bytes).orElse(null), extra));
    }

    private static String pathAndQuery(ApiOperation operation, List<ApiOperation.Parameter> pathParameters, List<String> pathValues,
            List<ApiOperation.Parameter> queryParameters, List<Optional<String>> queryValues, Optional<String> injected) {
        String path = operation.pathTemplate();
        for (int i = 0; i < pathParameters.size(); i++) {
            path = path.replace("{" + pathParameters.get(i).name() + "}", encode(pathValues.get(i)));
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < queryParameters.size(); i++) {
            String name = queryParameters.get(i).name();
            queryValues.get(i).ifPresent(value -> pairs.add(encode(name) + "=" + encode(value)));
        }
        // Brackets and '$' percent-encoded, as a browser or curl sends them; the server decodes them into the name.
        injected.ifPresent(pair -> pairs.add(pair.replace("[", "%5B").replace("]", "%5D").replace("$", "%24")));
        return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
    }

    /** Percent-encodes everything but unreserved characters, so '/', '%' and CR/LF arrive as data, not structure. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    private Arbitrary<String> pathValue(ApiOperation.Parameter parameter, String pathTemplate) {
        List<String> ids = fixtures.idsFor(parameter.name(), pathTemplate);
        Arbitrary<String> valid = ids.isEmpty() ? scalar(parameter.schema(), parameter.name()) : Arbitraries.of(ids);
        return Arbitraries.frequencyOf(
                Tuple.of(5, valid),
                Tuple.of(4, HostileValues.strings().filter(value -> !value.isEmpty()).map(RequestArbitraries::capPathValue)));
    }

    /** A path segment long enough to be hostile but short enough that the request line is still parsed by Tomcat. */
    private static String capPathValue(String value) {
        return value.length() > 2_000 ? value.substring(0, 2_000) : value;
    }

    private Arbitrary<Optional<String>> queryValue(ApiOperation.Parameter parameter, String pathTemplate) {
        List<String> ids = fixtures.idsFor(parameter.name(), pathTemplate);
        Arbitrary<String> valid = ids.isEmpty() ? scalar(parameter.schema(), parameter.name()) : Arbitraries.of(ids);
        return Arbitraries.frequencyOf(Tuple.of(5, valid), Tuple.of(4, HostileValues.strings().map(RequestArbitraries::capPathValue)))
                .optional(parameter.required() ? 0.9 : 0.6);
    }

    /** A valid scalar as text for a parameter: an enum constant, a number, a date, or a plain word. */
    private Arbitrary<String> scalar(JsonNode schema, String name) {
        return validValue(schema, name, null, 0).map(value -> value == null ? "" : String.valueOf(value));
    }

    /** A body the operation takes, made hostile in one of many ways. */
    private Arbitrary<Body> body(ApiOperation operation) {
        String mediaType = operation.bodyMediaType();
        if (mediaType.startsWith("multipart/")) {
            return Combinators.combine(HostileValues.strings(), HostileValues.strings()).as((filename, content) ->
                    new Body("multipart/form-data; boundary=" + BOUNDARY, multipart(filename, content)));
        }
        if (!mediaType.contains("json")) {
            Arbitrary<String> text = Arbitraries.frequencyOf(
                    Tuple.of(3, HostileValues.strings()),
                    Tuple.of(2, HostileValues.strings().map(value -> "code,name,agencyCode\n" + value + "," + value + "," + Fixtures.SCRATCH_AGENCY + "\n")),
                    Tuple.of(1, Arbitraries.just("Số: 12/UBND-VP\n" + "=cmd|' /C calc'!A0\n".repeat(50))));
            return text.map(value -> new Body(mediaType + "; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8)));
        }
        Arbitrary<Object> json = Arbitraries.frequencyOf(
                Tuple.of(8, objectBody(operation.bodySchema(), operation.pathTemplate())),
                Tuple.of(2, HostileValues.wrongJson()),
                Tuple.of(1, HostileValues.strings().map(value -> (Object) value)));
        Arbitrary<Body> wellFormed = json.map(value -> new Body("application/json", JsonText.write(value).getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Body> malformed = Arbitraries.of(
                new Body("application/json", "{\"title\": \"Thi đua".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", "{\"a\":1,\"a\":2,}".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00 }),
                new Body("application/json", "\u0000".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json", new byte[0]),
                new Body("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"
                        .getBytes(StandardCharsets.UTF_8)),
                new Body("text/plain", "{\"$gt\": \"\"}".getBytes(StandardCharsets.UTF_8)),
                new Body("application/json; charset=UTF-16", "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16LE)));
        return Arbitraries.frequencyOf(Tuple.of(9, wellFormed), Tuple.of(2, malformed));
    }

    private static byte[] multipart(String filename, String content) {
        String part = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename.replace("\"", "'") + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + content + "\r\n--" + BOUNDARY + "--\r\n";
        return part.getBytes(StandardCharsets.UTF_8);
    }

    /** The schema's object with each field valid or hostile, and sometimes a field no client may set. */
    private Arbitrary<Object> objectBody(JsonNode schema, String pathTemplate) {
        Arbitrary<Object> body = value(schema, "body", pathTemplate, 0);
        return Combinators.combine(body, Arbitraries.of(MASS_ASSIGNMENT).optional(0.25)).as((value, extra) -> {
            if (value instanceof Map<?, ?> map && extra.isPresent()) {
                Map<Object, Object> merged = new LinkedHashMap<>(map);
                merged.putAll(extra.get());
                return merged;
            }
            return value;
        });
    }

    /** A value for a schema: valid most of the time, else a hostile string or a value of the wrong shape. */
    private Arbitrary<Object> value(JsonNode schema, String name, String pathTemplate, int depth) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, validValue(schema, name, pathTemplate, depth)),
                Tuple.of(3, HostileValues.strings().map(text -> (Object) text)),
                Tuple.of(1, HostileValues.wrongJson()));
    }

    private Arbitrary<Object> validValue(JsonNode schema, String name, String pathTemplate, int depth) {
        if (pathTemplate != null) {
            List<String> ids = fixtures.idsFor(name, pathTemplate);
            if (!ids.isEmpty()) {
                return Arbitraries.of(ids).map(id -> (Object) id);
            }
        }
        if (schema.has("enum")) {
            List<Object> constants = new ArrayList<>();
            schema.path("enum").forEach(constant -> constants.add(constant.isString() ? constant.asString() : constant.toString()));
            return Arbitraries.of(constants);
        }
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "object" -> depth >= MAX_DEPTH ? Arbitraries.just((Object) Map.of()) : object(schema, pathTemplate, depth);
            case "array" -> depth >= MAX_DEPTH ? Arbitraries.just((Object) List.of())
                    : value(schema.path("items"), singular(name), pathTemplate, depth + 1).list().ofMaxSize(3).map(list -> (Object) list);
            case "integer", "number" -> Arbitraries.integers().between(schema.path("minimum").asInt(0), schema.path("minimum").asInt(0) + 5)
                    .map(number -> (Object) number);
            case "boolean" -> Arbitraries.of(true, false).map(bool -> (Object) bool);
            default -> switch (format) {
                case "date" -> Arbitraries.of("2026-01-15", "2026-12-31", "2027-06-30", "2024-02-29").map(date -> (Object) date);
                case "date-time" -> Arbitraries.of("2026-11-23T08:00:00Z", "2027-01-01T00:00:00+07:00").map(time -> (Object) time);
                case "binary", "byte" -> Arbitraries.just((Object) "dGhpIMSRdWE=");
                default -> Arbitraries.of("Phong trào thi đua “Việt Nam xanh”", "Đơn vị hoàn thành xuất sắc nhiệm vụ.", "SNNMT",
                        "GIÁM ĐỐC", "Nguyễn Văn An").map(text -> (Object) text);
            };
        };
    }

    private Arbitrary<Object> object(JsonNode schema, String pathTemplate, int depth) {
        List<String> names = new ArrayList<>();
        List<Arbitrary<Optional<Object>>> fields = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            names.add(property.getKey());
            double absent = required.contains(property.getKey()) ? 0.05 : 0.2;
            fields.add(value(property.getValue(), property.getKey(), pathTemplate, depth + 1).optional(1 - absent)
                    .map(optional -> optional));
        }
        return listOf(fields).map(values -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String field = names.get(i);
                values.get(i).ifPresent(value -> object.put(field, value));
            }
            return object;
        });
    }

    private static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ids")) {
            return name.substring(0, name.length() - 1);
        }
        if (lower.endsWith("codes")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static <T> Arbitrary<List<T>> listOf(List<Arbitrary<T>> arbitraries) {
        if (arbitraries.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(arbitraries).as(List::copyOf);
    }

    /** A request body with its content type. */
    record Body(String contentType, byte[] bytes) {
    }
}
