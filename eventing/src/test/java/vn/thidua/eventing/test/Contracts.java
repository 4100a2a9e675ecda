package vn.thidua.eventing.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.eventing.EventJson;

/** Golden samples and JSON Schemas from {@code contracts}, for producer and consumer contract tests. */
public final class Contracts {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Contracts() {
    }

    public static String sampleJson(EventType type) {
        return resource(type.sampleResource());
    }

    /** The golden sample decoded into its record, as a consumer would receive it. */
    public static <T extends IntegrationEvent> T sample(EventType type, Class<T> recordType) {
        return EventJson.MAPPER.readValue(sampleJson(type), recordType);
    }

    /** A produced payload must equal the golden sample field for field. */
    public static void assertEqualsGolden(EventType type, String producedJson) {
        JsonNode produced = EventJson.MAPPER.readTree(producedJson);
        JsonNode golden = EventJson.MAPPER.readTree(sampleJson(type));
        assertThat(produced).as("%s as produced, against its golden sample", type.ceType()).isEqualTo(golden);
    }

    /** The schema validation errors of a payload (empty when valid). */
    public static List<Error> schemaErrors(EventType type, String json) {
        Schema schema = SCHEMAS.getSchema(resource(type.schemaResource()), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    public static void assertValid(EventType type, String json) {
        assertThat(schemaErrors(type, json)).as("%s against its JSON Schema", type.ceType()).isEmpty();
    }

    static String resource(String path) {
        try (InputStream in = Contracts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
