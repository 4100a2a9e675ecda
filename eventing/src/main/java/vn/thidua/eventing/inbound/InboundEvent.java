package vn.thidua.eventing.inbound;

import java.time.Instant;

import vn.thidua.contracts.IntegrationEvent;

/** A received event: its CloudEvents attributes and the decoded contract record. */
public record InboundEvent(String id, String type, String source, String subject, Instant time, IntegrationEvent data) {
}
