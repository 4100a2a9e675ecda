package vn.thidua.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.eventing.test.Contracts;

/** The published language agrees with itself: records, golden samples, JSON Schemas and the AsyncAPI document. */
class ContractCatalogTest {

    static Stream<EventType> eventTypes() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void goldenSampleRoundTripsThroughItsRecord(EventType type) {
        IntegrationEvent decoded = Contracts.sample(type, type.recordType());

        Contracts.assertEqualsGolden(type, EventJson.MAPPER.writeValueAsString(decoded));
        assertThat(decoded.aggregateId()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void goldenSampleValidatesAgainstItsSchema(EventType type) {
        Contracts.assertValid(type, Contracts.sampleJson(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void schemaRejectsAnEventWithoutItsRequiredFields(EventType type) {
        assertThat(Contracts.schemaErrors(type, "{}")).isNotEmpty();
    }

    @Test
    void everyCeTypeIsUniqueAndFollowsTheNamingRule() {
        assertThat(EventCatalog.ALL).extracting(EventType::ceType).doesNotHaveDuplicates()
                .allMatch(ceType -> ceType.matches("thidua\\.[A-Z][A-Za-z]+\\.v[0-9]+"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void asyncApiDocumentListsExactlyTheCataloguedMessagesOnTheirTopics() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi.yaml")) {
            doc = new Yaml().load(in);
        }
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Object> channels = (Map<String, Object>) doc.get("channels");
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("messages");

        List<String> documented = channels.values().stream()
                .map(channel -> (Map<String, Object>) channel)
                .flatMap(channel -> ((Map<String, Object>) channel.get("messages")).keySet().stream()
                        .map(name -> channel.get("address") + " " + ((Map<String, Object>) messages.get(name)).get("name")))
                .toList();
        List<String> catalogued = EventCatalog.ALL.stream().map(type -> type.topic() + " " + type.ceType()).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(catalogued);
    }
}
