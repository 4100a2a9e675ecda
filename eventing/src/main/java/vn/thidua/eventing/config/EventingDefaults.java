package vn.thidua.eventing.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds eventing-defaults.properties as the lowest-precedence property source, so every service gets
 * the same Kafka producer guarantees, retry and dead-letter behaviour and health settings, and can
 * still override any of them. Also turns {@code THIDUA_LOG_FORMAT} into Boot's structured console
 * logging ({@code json} means ECS); it runs before the logging system starts, so that takes effect.
 */
public class EventingDefaults implements EnvironmentPostProcessor {

    static final String LOG_FORMAT = "THIDUA_LOG_FORMAT";
    static final String STRUCTURED_CONSOLE = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load("thidua-eventing-defaults", new ClassPathResource("eventing-defaults.properties"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String structured = structuredFormat(environment.getProperty(LOG_FORMAT));
        if (structured != null) {
            environment.getPropertySources().addLast(new MapPropertySource("thidua-log-format",
                    Map.of(STRUCTURED_CONSOLE, structured)));
        }
    }

    /** {@code json} → ECS; ecs, logstash or gelf as named; anything else (text, empty) keeps the plain console. */
    static String structuredFormat(String logFormat) {
        if (logFormat == null) {
            return null;
        }
        return switch (logFormat.strip().toLowerCase(Locale.ROOT)) {
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            case "gelf" -> "gelf";
            default -> null;
        };
    }
}
