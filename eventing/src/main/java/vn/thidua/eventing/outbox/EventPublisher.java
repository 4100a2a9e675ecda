package vn.thidua.eventing.outbox;

/** Publishes one outbox event and returns only once the broker acknowledged it (acks=all). */
public interface EventPublisher {

    void publish(OutboxEvent event);
}
