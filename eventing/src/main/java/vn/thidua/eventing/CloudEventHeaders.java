package vn.thidua.eventing;

import java.util.List;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_} headers. */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /**
     * Extension attributes: the subject who caused the event (a username, a client id, or
     * "system" for work no request started) and their unit code. Never a token.
     */
    public static final String ACTOR = "ce_actor";
    public static final String ACTOR_UNIT = "ce_actorunit";
    /** The binding maps the datacontenttype attribute to the plain content-type header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    public static final List<String> ALL = List.of(SPEC_VERSION, ID, SOURCE, TYPE, TIME, SUBJECT, CONTENT_TYPE);
    public static final List<String> EXTENSIONS = List.of(ACTOR, ACTOR_UNIT);

    private CloudEventHeaders() {
    }
}
