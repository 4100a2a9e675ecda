package vn.thidua.e2e.hostile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service as its OpenAPI document ({@code GET /v3/api-docs}) describes it: the method, the path
 * template, its path and query parameters and the request body's media type and schema ($refs resolved).
 */
public record ApiOperation(String service, String method, String pathTemplate, List<Parameter> parameters,
        String bodyMediaType, JsonNode bodySchema, boolean bodyRequired) {

    /** A path or query parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {

        boolean inPath() {
            return "path".equals(in);
        }

        boolean inQuery() {
            return "query".equals(in);
        }
    }

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Media types in the order a client would pick one when an operation takes several. */
    private static final List<String> PREFERRED_MEDIA = List.of("application/json", "text/plain", "text/csv",
            "multipart/form-data");

    public boolean isCommand() {
        return !"GET".equals(method);
    }

    /** {@code campaign-service POST /api/campaigns/{id}/launch}. */
    public String label() {
        return service + " " + method + " " + pathTemplate;
    }

    /**
     * Every operation of one OpenAPI document, sorted by path and method. The Server-Sent-Events stream is left out: it
     * never ends, so it cannot be answered within a request's deadline (its access rule is a plain GET one, exercised by
     * the dashboard's other operations).
     */
    public static List<ApiOperation> fromOpenApi(String service, JsonNode document) {
        Schemas schemas = new Schemas(document.path("components").path("schemas"));
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode() || isEventStream(operation)) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = schemas.resolve(parameter);
                    parameters.add(new Parameter(resolved.path("name").asString(), resolved.path("in").asString(),
                            resolved.path("required").asBoolean(false), schemas.resolve(resolved.path("schema"))));
                }
                JsonNode body = schemas.resolve(operation.path("requestBody"));
                String mediaType = null;
                JsonNode bodySchema = null;
                if (!body.isMissingNode()) {
                    mediaType = preferredMediaType(body.path("content"));
                    bodySchema = schemas.inline(body.path("content").path(mediaType).path("schema"), 0);
                }
                operations.add(new ApiOperation(service, method.toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), mediaType, bodySchema, body.path("required").asBoolean(false)));
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::pathTemplate).thenComparing(ApiOperation::method));
        return operations;
    }

    private static boolean isEventStream(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    private static String preferredMediaType(JsonNode content) {
        for (String preferred : PREFERRED_MEDIA) {
            if (content.has(preferred)) {
                return preferred;
            }
        }
        Iterator<String> names = content.propertyNames().iterator();
        return names.hasNext() ? names.next() : "application/json";
    }

    /** The document's component schemas, to resolve {@code $ref}s (inlined a few levels deep; cycles stop there). */
    private record Schemas(JsonNode components) {

        private static final int MAX_DEPTH = 6;

        JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; hops < MAX_DEPTH && current.has("$ref"); hops++) {
                String ref = current.path("$ref").asString();
                current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return current;
        }

        /** A copy of the schema with every {@code $ref} replaced by its target, down to {@link #MAX_DEPTH}. */
        JsonNode inline(JsonNode schema, int depth) {
            JsonNode resolved = resolve(schema);
            if (depth >= MAX_DEPTH || !resolved.isObject()) {
                return resolved;
            }
            tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) resolved.deepCopy();
            if (copy.has("properties")) {
                tools.jackson.databind.node.ObjectNode properties = copy.putObject("properties");
                for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                    properties.set(property.getKey(), inline(property.getValue(), depth + 1));
                }
            }
            if (copy.has("items")) {
                copy.set("items", inline(resolved.path("items"), depth + 1));
            }
            return copy;
        }
    }
}
