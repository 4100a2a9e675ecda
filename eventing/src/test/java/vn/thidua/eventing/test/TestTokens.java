package vn.thidua.eventing.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real signed access tokens for service tests, validated by the service's real resource-server
 * configuration (discovery, JWKS, signature, issuer, audience, expiry): a key pair made once per
 * test JVM and a loopback issuer that publishes it, which {@link #register} points the service at. The demo users mirror the dev identity
 * provider's {@code demo-users.json}, so tests speak of {@code office} and {@code unit2} as the
 * README does.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void tokens(DynamicPropertyRegistry registry) { TestTokens.register(registry); }
 * ...
 * api.as(TestTokens.demo("office")).post(...)
 * }</pre>
 */
public final class TestTokens {

    public static final String AUDIENCE = "thidua-api";

    /** A demo user as the identity provider describes them. */
    public record DemoUser(String username, String name, List<String> roles, String agency, String unit) {
    }

    /** The dev provider's demo users (infra/identity-provider demo-users.json). */
    public static final Map<String, DemoUser> DEMO_USERS = demoUsers(
            new DemoUser("admin", "Hoàng Văn Quản", List.of("ADMIN"), "SNNMT", "SNNMT-TTCNTT"),
            new DemoUser("office", "Đặng Thị Mỹ Linh", List.of("OFFICE"), "SNNMT", "SNNMT-VP"),
            new DemoUser("office2", "Bùi Thị Thanh Thủy", List.of("OFFICE"), "SNV", "SNV-VP"),
            new DemoUser("unit", "Phạm Thị Ngọc Lan", List.of("UNIT"), "SNNMT", "SNNMT-TTCNTT"),
            new DemoUser("unit2", "Lê Minh Tuấn", List.of("UNIT"), "SNNMT", "SNNMT-CCQLDD"),
            new DemoUser("unit3", "Trương Công Đức", List.of("UNIT"), "SNV", "SNV-TDKT"),
            new DemoUser("council1", "Huỳnh Văn Sơn", List.of("COUNCIL"), "SNNMT", "SNNMT-VP"),
            new DemoUser("council2", "Nguyễn Thị Thu Hà", List.of("COUNCIL"), "SNNMT", "SNNMT-VP"),
            new DemoUser("council3", "Trần Văn Bình", List.of("COUNCIL"), "SNNMT", "SNNMT-KHTC"),
            new DemoUser("leader", "Nguyễn Văn Lộc", List.of("LEADER"), "SNNMT", "SNNMT-VP"),
            new DemoUser("viewer", "Võ Thị Kim Oanh", List.of("VIEWER"), "SNNMT", "SNNMT-KHTC"));

    private static final KeyPair KEYS = generate();
    private static final String KEY_ID = UUID.randomUUID().toString();
    /** The issuer: a small HTTP server answering OIDC discovery and the JWKS, as the province's provider does. */
    public static final String ISSUER = serveDiscovery();

    private TestTokens() {
    }

    /**
     * Points the service under test at this issuer by the same setting production uses
     * ({@code issuer-uri}): the service discovers the JWKS and validates issuer and audience.
     */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    /** An access token of a demo user, valid for ten minutes. */
    public static String demo(String username) {
        return user(username).token();
    }

    /** A token builder for a demo user, to change one claim (expiry, issuer, audience…). */
    public static Builder user(String username) {
        DemoUser user = DEMO_USERS.get(username);
        if (user == null) {
            throw new IllegalArgumentException("No demo user " + username + "; known: " + DEMO_USERS.keySet());
        }
        Builder builder = new Builder(user.username()).claim("preferred_username", user.username())
                .claim("name", user.name()).claim("roles", user.roles()).claim("agency", user.agency())
                .claim("client_id", "thidua-portal");
        return user.unit() == null ? builder : builder.claim("unit", user.unit());
    }

    /** A user who is not a demo user, e.g. a UNIT officer of a unit only one test knows. */
    public static Builder person(String username, String role, String agency, String unit) {
        Builder builder = new Builder(username).claim("preferred_username", username).claim("roles", List.of(role))
                .claim("agency", agency).claim("client_id", "thidua-portal");
        return unit == null ? builder : builder.claim("unit", unit);
    }

    /** A client-credentials token of another service or a script: no roles, only scopes. */
    public static String client(String clientId, String... scopes) {
        return new Builder(clientId).claim("client_id", clientId).claim("scope", List.of(scopes)).token();
    }

    public static final class Builder {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private String issuer = ISSUER;
        private List<String> audience = List.of(AUDIENCE);
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private boolean tampered;

        private Builder(String subject) {
            claims.put("sub", subject);
        }

        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        public Builder audience(String... values) {
            audience = List.of(values);
            return this;
        }

        public Builder expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        /** Signed, then a claim changed: the signature no longer matches. */
        public Builder tampered() {
            tampered = true;
            return this;
        }

        public String token() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).audience(new ArrayList<>(audience))
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                    .notBeforeTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString());
            claims.forEach(set::claim);
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), set.build());
                jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
                String token = jwt.serialize();
                return tampered ? tamper(token) : token;
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Makes the payload claim ADMIN while keeping the original signature. */
        private static String tamper(String token) {
            String[] parts = token.split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            String forged = payload.replaceFirst("\"roles\":\\[[^]]*]", "\"roles\":[\"ADMIN\"]");
            if (forged.equals(payload)) {
                forged = payload.replaceFirst("\"sub\":\"", "\"sub\":\"x");
            }
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];
        }
    }

    private static Map<String, DemoUser> demoUsers(DemoUser... users) {
        Map<String, DemoUser> map = new LinkedHashMap<>();
        for (DemoUser user : users) {
            map.put(user.username(), user);
        }
        return Map.copyOf(map);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Discovery document and JWKS on a loopback port, for the life of the test JVM. */
    private static String serveDiscovery() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KEY_ID)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build()).toString();
            String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                    + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"response_types_supported\":[\"code\"],\"authorization_endpoint\":\"" + issuer + "/authorize\","
                    + "\"token_endpoint\":\"" + issuer + "/token\"}";
            server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, discovery));
            server.createContext("/jwks", exchange -> answer(exchange, jwks));
            server.setExecutor(null);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test token issuer", e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
