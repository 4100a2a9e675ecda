package vn.thidua.infra.launcher;

/**
 * Every port the platform uses, all shifted by one offset so a second platform (an end-to-end
 * test, say) can run beside a developer's. Further instances of a service ({@code --replicas}) take
 * its port plus {@value #INSTANCE_STEP} per instance: reporting-service 8082, reporting-service-2 8092,
 * reporting-service-3 8102, and so on (up to 8134 for six replicas, well below the identity provider's 9000).
 */
public record PortPlan(int offset) {

    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int MONGO = 27017;
    public static final int SMTP = 2525;
    public static final int MAIL_HTTP = 8025;
    public static final int IDENTITY = 9000;
    /** notification-service's embedded SMPP sink, standing in for the SMS centre. */
    public static final int SMPP = 2775;
    /** Between one instance of a service and the next. */
    public static final int INSTANCE_STEP = 10;

    public PortPlan {
        if (offset < 0 || MONGO + offset > 65535) {
            throw new IllegalArgumentException(
                    "Port offset must be between 0 and " + (65535 - MONGO) + ", got " + offset);
        }
    }

    public int kafka() {
        return KAFKA + offset;
    }

    public int kafkaController() {
        return KAFKA_CONTROLLER + offset;
    }

    public int mongo() {
        return MONGO + offset;
    }

    public int smtp() {
        return SMTP + offset;
    }

    public int mailHttp() {
        return MAIL_HTTP + offset;
    }

    public int identity() {
        return IDENTITY + offset;
    }

    public int smpp() {
        return SMPP + offset;
    }

    public int app(App app) {
        return app.defaultPort() + offset;
    }

    public int app(AppInstance instance) {
        return app(instance.app()) + INSTANCE_STEP * (instance.number() - 1);
    }
}
