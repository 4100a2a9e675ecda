package vn.thidua.e2e.hostile;

import java.util.Set;

/**
 * A resource of the seeded department that only its own people may see, carrying a unique canary text: while it is
 * private, a 2xx by id to one of its {@link #outsiders()} is a failure, and so is the canary in anything they read.
 * It stops being checked once a legitimate command may have changed who sees it (e.g. the office launched the
 * draft); the run then makes a fresh one.
 *
 * @param kind what it is, e.g. {@code draft-campaign}; also how a fresh one is made
 * @param readPath where an administrator reads it back, to prove a refused command left it unchanged
 * @param outsiders the demo users (and {@code anonymous}) who must never reach it
 * @param namedIn the services whose paths name this resource by its id (a unit id names the unit's reports and its
 *        notification preferences; a movement id in another service's list path only filters that list, whose rows
 *        the canary check covers)
 */
public record PrivateResource(String kind, String service, String id, String readPath, String canary, Set<String> outsiders,
        Set<String> namedIn) {

    /** A resource named by its id in its own service only. */
    public PrivateResource(String kind, String service, String id, String readPath, String canary, Set<String> outsiders) {
        this(kind, service, id, readPath, canary, outsiders, Set.of(service));
    }

    public boolean isNamedIn(HostileRequest request) {
        return request.pathValues().contains(id)
                || (request.body() != null && new String(request.body(), java.nio.charset.StandardCharsets.UTF_8).contains(id));
    }
}
