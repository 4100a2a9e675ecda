package vn.thidua.infra.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * The real systems a developer or a deployment configured through the ordinary Spring environment
 * variables. Whatever is configured here is used as is and its stand-in is not started; the
 * services read the same variables themselves, since they inherit the environment.
 */
public record ExternalInfrastructure(
        Optional<String> mongoUri, Optional<String> kafkaBrokers, Optional<String> mailHost) {

    public static final String MONGO_URI = "SPRING_MONGODB_URI";
    public static final String KAFKA_BINDER_BROKERS = "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String MAIL_HOST = "SPRING_MAIL_HOST";

    public static ExternalInfrastructure from(Map<String, String> environment) {
        return new ExternalInfrastructure(
                nonBlank(environment, MONGO_URI),
                nonBlank(environment, KAFKA_BINDER_BROKERS).or(() -> nonBlank(environment, KAFKA_BOOTSTRAP_SERVERS)),
                nonBlank(environment, MAIL_HOST));
    }

    public boolean hasMongo() {
        return mongoUri.isPresent();
    }

    public boolean hasKafka() {
        return kafkaBrokers.isPresent();
    }

    public boolean hasMail() {
        return mailHost.isPresent();
    }

    private static Optional<String> nonBlank(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
