package vn.thidua.eventing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EventingDefaultsTest {

    @Test
    void jsonLogsMeanBootsEcsFormatAndTextKeepsThePlainConsole() {
        assertThat(EventingDefaults.structuredFormat("json")).isEqualTo("ecs");
        assertThat(EventingDefaults.structuredFormat(" JSON ")).isEqualTo("ecs");
        assertThat(EventingDefaults.structuredFormat("logstash")).isEqualTo("logstash");
        assertThat(EventingDefaults.structuredFormat("text")).isNull();
        assertThat(EventingDefaults.structuredFormat("")).isNull();
        assertThat(EventingDefaults.structuredFormat(null)).isNull();
    }

    @Test
    void theLogFormatVariableSetsTheStructuredConsoleUnlessBootsOwnPropertyIsSet() {
        StandardEnvironment json = environment(Map.of(EventingDefaults.LOG_FORMAT, "json"));
        assertThat(json.getProperty(EventingDefaults.STRUCTURED_CONSOLE)).isEqualTo("ecs");

        StandardEnvironment explicit = environment(Map.of(EventingDefaults.LOG_FORMAT, "json",
                EventingDefaults.STRUCTURED_CONSOLE, "logstash"));
        assertThat(explicit.getProperty(EventingDefaults.STRUCTURED_CONSOLE)).isEqualTo("logstash");

        assertThat(environment(Map.of()).getProperty(EventingDefaults.STRUCTURED_CONSOLE)).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new EventingDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
