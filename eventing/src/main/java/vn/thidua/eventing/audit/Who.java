package vn.thidua.eventing.audit;

/**
 * Who made a change and from where, as an audit entry records it: the token's subject, roles and
 * unit, the OAuth2 client, the request id (also in the logs and the X-Request-Id response header)
 * and the caller's address. Never a token or a password.
 */
public record Who(String subject, String roles, String unit, String client, String requestId, String address) {

    /** The platform itself: event consumers, schedulers. */
    public static final Who SYSTEM = new Who("system", null, null, null, null, null);

    /** Work done on behalf of a named part of the platform (e.g. "notification-service"). */
    public static Who system(String component) {
        return new Who(component, null, null, null, null, null);
    }
}
