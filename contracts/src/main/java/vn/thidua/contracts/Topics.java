package vn.thidua.contracts;

/** Kafka topic names: one per owning service, several event types per topic. */
public final class Topics {
    public static final String CAMPAIGN = "thidua.campaign.events";
    public static final String REPORTING = "thidua.reporting.events";
    public static final String AWARD = "thidua.award.events";
    public static final String NOTIFICATION = "thidua.notification.events";

    public static final java.util.List<String> ALL = java.util.List.of(CAMPAIGN, REPORTING, AWARD, NOTIFICATION);

    private Topics() {
    }

    /** The dead-letter topic of one consumer group on one topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }
}
