package vn.thidua.portal.services;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each service's OpenAPI document ({@code /v3/api-docs}, open on every service), whole or summarised. */
@Component
public class ApiDocsApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final ServiceClients clients;
    private final JsonMapper json;

    public ApiDocsApi(ServiceClients clients, JsonMapper json) {
        this.clients = clients;
        this.json = json;
    }

    public String document(PlatformService service) {
        return Calls.call(service.applicationName(), () -> clients.of(service).get().uri("/v3/api-docs")
                .retrieve().body(String.class));
    }

    /**
     * The service's operations with their paths as called through the portal ({@code /api/x} of the
     * service is {@code /api/<service>/x}); {@code available} false when the service cannot answer.
     */
    public ServiceDocs summary(PlatformService service) {
        JsonNode document;
        try {
            document = json.readTree(document(service));
        } catch (ServiceException | tools.jackson.core.JacksonException unreadable) {
            return new ServiceDocs(service, null, null, List.of(), false);
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new Operation(operation.getKey().toUpperCase(java.util.Locale.ROOT),
                            throughGateway(service, path.getKey()), operation.getValue().path("summary").asString(""),
                            firstTag(operation.getValue())));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::tag).thenComparing(Operation::path).thenComparing(Operation::method));
        return new ServiceDocs(service, document.path("info").path("title").asString(null),
                document.path("info").path("version").asString(null), operations, true);
    }

    static String throughGateway(PlatformService service, String path) {
        return path.startsWith("/api/") ? "/api/" + service.shortName() + path.substring(4) : path;
    }

    private static String firstTag(JsonNode operation) {
        JsonNode tags = operation.path("tags");
        return tags.isArray() && !tags.isEmpty() ? tags.get(0).asString("") : "";
    }

    public record ServiceDocs(PlatformService service, String title, String version, List<Operation> operations,
            boolean available) {
    }

    public record Operation(String method, String path, String summary, String tag) {
    }
}
