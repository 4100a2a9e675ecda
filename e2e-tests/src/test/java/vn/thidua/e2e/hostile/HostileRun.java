package vn.thidua.e2e.hostile;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs hostile requests against every operation of every service and checks each answer.
 *
 * <p>Each generated request is sent three times: anonymously, as an outsider (a user of another unit or department)
 * and as the operation's own role, in that order, so that a command the owner may legitimately carry out is refused
 * to the others first. The own role is found by probing: the first demo user of the seeded department (office,
 * unit, leader, council1, viewer, then admin) whom the access rules let through.
 *
 * <p>Requests come from jqwik arbitraries ({@link RequestArbitraries}) drawn with a {@link Random} seeded from the
 * run's seed and the operation's name: one seed replays the whole run, and each operation's stream does not depend
 * on the others'.
 */
public final class HostileRun {

    public static final String ANONYMOUS = "anonymous";
    /** Who is tried as the operation's own role, in this order; admin last, so that scoped roles are exercised. */
    private static final List<String> OWN_ROLES = List.of("office", "unit", "leader", "council1", "viewer", "admin");
    private static final int GENERATION_SIZE = 1_000;
    private static final List<String> DERIVED_FIELDS = List.of("evidence");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> baseUrls;
    private final Function<String, String> tokens;
    private final Fixtures fixtures;
    private final HostileClient client;
    private final Tally tally;
    private final long seed;
    private final int tries;
    /** Every request's id and status: the audit trail may only hold entries of successful ones. */
    private final Map<String, Integer> statusByRequestId = new HashMap<>();

    /**
     * @param baseUrls service name → base URL
     * @param tokens demo user name → access token
     */
    public HostileRun(Map<String, String> baseUrls, Function<String, String> tokens, Fixtures fixtures, HostileClient client,
            Tally tally, long seed, int tries) {
        this.baseUrls = Map.copyOf(baseUrls);
        this.tokens = tokens;
        this.fixtures = fixtures;
        this.client = client;
        this.tally = tally;
        this.seed = seed;
        this.tries = tries;
    }

    public Map<String, Integer> statusByRequestId() {
        return Map.copyOf(statusByRequestId);
    }

    /** Reads before writes, so the private resources are intact while every read is checked against them. */
    public void fuzz(List<ApiOperation> operations) {
        List<ApiOperation> ordered = new ArrayList<>(operations.stream().filter(operation -> !operation.isCommand()).toList());
        ordered.addAll(operations.stream().filter(ApiOperation::isCommand).toList());
        RequestArbitraries arbitraries = new RequestArbitraries(fixtures);
        for (ApiOperation operation : ordered) {
            tally.operation(operation.service());
            fuzz(operation, arbitraries);
        }
    }

    private void fuzz(ApiOperation operation, RequestArbitraries arbitraries) {
        String ownRole = ownRole(operation);
        Map<PrivateResource, String> before = operation.isCommand() ? snapshots() : Map.of();
        RandomGenerator<HostileRequest> generator = withinJqwik(() -> arbitraries.of(operation).generatorWithEmbeddedEdgeCases(GENERATION_SIZE));
        Random random = new Random(seed ^ operation.label().hashCode());
        boolean anySuccess = false;
        for (int attempt = 0; attempt < tries; attempt++) {
            HostileRequest request = withinJqwik(() -> generator.next(random).value());
            for (String caller : List.of(ANONYMOUS, outsiderOf(ownRole, attempt), ownRole)) {
                anySuccess |= send(request, caller).map(HostileClient.Exchange::isSuccessful).orElse(false);
            }
        }
        if (operation.isCommand() && !anySuccess) {
            checkUnchanged(operation, before);
        }
    }

    /**
     * Runs generation where jqwik allows it. Outside a property jqwik keeps its memoized generators in the context
     * that {@link Arbitrary#sample()} documents as usable anywhere, so the drawing happens inside such a sample; the
     * {@link Random} passed in, not jqwik's own, decides what is drawn, which keeps a run reproducible from its seed.
     */
    private static <T> T withinJqwik(Supplier<T> action) {
        return Arbitraries.create(action).sample();
    }

    /** Another department's user, or another unit's (alternating two of them) for unit-scoped operations. */
    static String outsiderOf(String ownRole, int attempt) {
        return switch (ownRole) {
            case "unit" -> attempt % 2 == 0 ? "unit2" : "unit3";
            case "viewer" -> "unit3";
            default -> "office2";
        };
    }

    private String ownRole(ApiOperation operation) {
        HostileRequest probe = probe(operation);
        for (String user : OWN_ROLES) {
            Optional<HostileClient.Exchange> answer = send(probe, user);
            if (answer.isPresent() && answer.get().status() != 401 && answer.get().status() != 403) {
                return user;
            }
        }
        return "admin";
    }

    /** A plain request: the first real id for each path parameter, no query, an empty object or text as body. */
    private HostileRequest probe(ApiOperation operation) {
        String path = operation.pathTemplate();
        List<String> values = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if (parameter.inPath()) {
                List<String> ids = fixtures.idsFor(parameter.name(), operation.pathTemplate());
                String value = ids.isEmpty() ? "1" : ids.getFirst();
                values.add(value);
                path = path.replace("{" + parameter.name() + "}", RequestArbitraries.encode(value));
            }
        }
        String contentType = null;
        byte[] body = null;
        if (operation.bodyMediaType() != null) {
            boolean json = operation.bodyMediaType().contains("json");
            contentType = json ? "application/json" : operation.bodyMediaType().startsWith("multipart/")
                    ? "multipart/form-data; boundary=probe" : operation.bodyMediaType();
            body = (json ? "{}" : contentType.startsWith("multipart/") ? "--probe--\r\n" : "x").getBytes(StandardCharsets.UTF_8);
        }
        return new HostileRequest(operation, path, values, contentType, body, Map.of());
    }

    /**
     * The admin console's dead-letter listing shows each dead letter as the binder recorded it, exception message
     * and all: that is the record's content shown to an operator, not the service's inside leaking in an answer.
     */
    private static boolean showsRecordedFailures(ApiOperation operation) {
        return operation.pathTemplate().startsWith("/api/admin/dead-letters");
    }

    /** Sends one request as one caller and checks the answer; empty when no answer came back at all (a failure). */
    private Optional<HostileClient.Exchange> send(HostileRequest request, String caller) {
        ApiOperation operation = request.operation();
        HostileClient.Exchange exchange;
        try {
            exchange = client.send(baseUrls.get(operation.service()), request, caller.equals(ANONYMOUS) ? null : tokens.apply(caller));
        } catch (UncheckedIOException e) {
            tally.request(operation.service(), 0);
            tally.failure(operation.service(), "no answer (" + e.getCause() + ") as " + caller + " to " + request.describe());
            return Optional.empty();
        }
        synchronized (statusByRequestId) {
            statusByRequestId.put(exchange.requestId(), exchange.status());
        }
        tally.request(operation.service(), exchange.status());
        for (String problem : ResponseChecks.problemsOf(exchange, showsRecordedFailures(operation))) {
            tally.failure(operation.service(), problem + " — as " + caller + ": " + request.describe() + " → " + abbreviate(exchange.body()));
        }
        checkAccess(request, caller, exchange);
        if (exchange.isSuccessful() && operation.isCommand()) {
            for (PrivateResource resource : fixtures.privateResources()) {
                if (resource.isNamedIn(request)) {
                    fixtures.replace(resource);
                }
            }
        }
        return Optional.of(exchange);
    }

    /** Nobody outside a private resource's unit or department reaches it by id or sees its canary in a list. */
    private void checkAccess(HostileRequest request, String caller, HostileClient.Exchange exchange) {
        for (PrivateResource resource : fixtures.privateResources()) {
            if (!resource.outsiders().contains(caller)) {
                continue;
            }
            if (exchange.isSuccessful() && request.pathValues().contains(resource.id())
                    && resource.namedIn().contains(request.operation().service())) {
                tally.failure(request.operation().service(), caller + " got " + exchange.status() + " on " + resource.kind() + " "
                        + resource.id() + " of another unit/department: " + request.describe());
            }
            if (exchange.body().contains(resource.canary())) {
                tally.failure(request.operation().service(), caller + " saw " + resource.kind() + " " + resource.id()
                        + " of another unit/department in: " + request.describe());
            }
        }
    }

    /** Each private resource as an administrator reads it now. */
    private Map<PrivateResource, String> snapshots() {
        Map<PrivateResource, String> snapshots = new LinkedHashMap<>();
        for (PrivateResource resource : fixtures.privateResources()) {
            snapshots.put(resource, read(resource));
        }
        return snapshots;
    }

    private String read(PrivateResource resource) {
        try {
            String body = client.send(baseUrls.get(resource.service()), "GET", resource.readPath(), null, null, Map.of(),
                    tokens.apply("admin")).body();
            return withoutDerivedFields(body);
        } catch (UncheckedIOException e) {
            tally.failure(resource.service(), "no answer reading back " + resource.kind() + " " + resource.id() + ": " + e.getCause());
            return "";
        }
    }

    /**
     * The resource without the fields a service derives from other services' events, which may arrive at any moment
     * (a nomination's evidence is the unit's reports as award-service hears of them): no request changes them.
     */
    private static String withoutDerivedFields(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json instanceof ObjectNode object) {
                DERIVED_FIELDS.forEach(object::remove);
            }
            return json.toString();
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    /** A command refused every time left every private resource as it was: no partial write. */
    private void checkUnchanged(ApiOperation operation, Map<PrivateResource, String> before) {
        before.forEach((resource, then) -> {
            String now = read(resource);
            if (!now.equals(then)) {
                tally.failure(operation.service(), "partial write: " + operation.label() + " was refused every time, yet "
                        + resource.kind() + " " + resource.id() + " changed from " + abbreviate(then) + " to " + abbreviate(now));
            }
        });
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "…";
    }
}
