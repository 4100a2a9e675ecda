package vn.thidua.contracts;

/**
 * A business fact published on Kafka. Each topic has one sealed sub-interface listing its types;
 * {@link EventCatalog} names them on the wire.
 */
public interface IntegrationEvent {

    /** The aggregate the event is about: the Kafka key and {@code ce_subject}. */
    String aggregateId();
}
