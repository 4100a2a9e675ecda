package vn.thidua.infra.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * The real systems a developer or a deployment configured through the ordinary Spring environment
 * variables. Whatever is configured here is used as is and its stand-in is not started; the
 * services read the same variables themselves, since they inherit the environment.
 */
public record ExternalInfrastructure(
        Optional<String> mongoUri, Optional<String> kafkaBrokers, Optional<String> mailHost, Optional<String> oidcIssuer,
        Optional<String> smsProvider) {

    public static final String MONGO_URI = "SPRING_MONGODB_URI";
    public static final String KAFKA_BINDER_BROKERS = "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String MAIL_HOST = "SPRING_MAIL_HOST";
    /** The province's OpenID Connect provider (the platform's own name for it). */
    public static final String OIDC_ISSUER_URI = "THIDUA_OIDC_ISSUER_URI";
    /** A real SMS gateway (smpp or http, with its THIDUA_NOTIFICATION_SMS_* settings); none means the SMPP sink. */
    public static final String SMS_PROVIDER = "THIDUA_NOTIFICATION_SMS_PROVIDER";
    /** What a resource server reads itself; also accepted as naming the real provider. */
    public static final String JWT_ISSUER_URI = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";

    public static ExternalInfrastructure from(Map<String, String> environment) {
        return new ExternalInfrastructure(
                nonBlank(environment, MONGO_URI),
                nonBlank(environment, KAFKA_BINDER_BROKERS).or(() -> nonBlank(environment, KAFKA_BOOTSTRAP_SERVERS)),
                nonBlank(environment, MAIL_HOST),
                nonBlank(environment, OIDC_ISSUER_URI).or(() -> nonBlank(environment, JWT_ISSUER_URI)),
                nonBlank(environment, SMS_PROVIDER));
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

    public boolean hasSmsProvider() {
        return smsProvider.isPresent();
    }

    public boolean hasIdentityProvider() {
        return oidcIssuer.isPresent();
    }

    private static Optional<String> nonBlank(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
