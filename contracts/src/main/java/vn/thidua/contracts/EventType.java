package vn.thidua.contracts;

/**
 * One event type as it appears on the wire: {@code ce_type = thidua.<name>.v<version>}, its topic,
 * its record, and where its JSON Schema and golden sample live on the classpath.
 */
public record EventType(String name, int version, String topic, Class<? extends IntegrationEvent> recordType) {

    public String ceType() {
        return "thidua." + name + ".v" + version;
    }

    public String schemaResource() {
        return "/events/schemas/" + name + ".v" + version + ".schema.json";
    }

    public String sampleResource() {
        return "/events/samples/" + name + ".v" + version + ".json";
    }
}
