package vn.thidua.infra.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo data under {@code demo/} in this module's resources: one department of Quảng Ngãi
 * province with its units, and a thematic movement cascaded from a provincial plan. The request
 * bodies are exactly what campaign-service's REST API takes.
 */
public final class DemoData {

    public static final String DIRECTORY = "/demo/directory.json";
    public static final String CAMPAIGN = "/demo/campaign.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoData() {
    }

    /** An agency as {@code PUT /api/agencies/{code}} takes it. */
    public record Agency(String code, ObjectNode body) {

        public List<String> unitEmails() {
            List<String> emails = new ArrayList<>();
            body.path("units").forEach(unit -> emails.add(unit.path("email").asString()));
            return emails;
        }
    }

    public static List<Agency> agencies() {
        List<Agency> agencies = new ArrayList<>();
        for (JsonNode agency : read(DIRECTORY).path("agencies")) {
            ObjectNode body = (ObjectNode) agency.deepCopy();
            String code = body.remove("code").asString();
            agencies.add(new Agency(code, body));
        }
        return agencies;
    }

    /** The movement, as {@code POST /api/campaigns} takes it. */
    public static ObjectNode campaign() {
        return (ObjectNode) read(CAMPAIGN);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + resource + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data " + resource, e);
        }
    }
}
