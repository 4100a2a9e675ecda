package vn.thidua.reporting.dashboard;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.thidua.reporting.config.ReportingProperties;

/**
 * The subscribers of {@code /api/dashboard/stream}: each gets a {@code ready} event, then a
 * {@code change} event (a {@link ChangeNotice} as JSON) after every applied projection update, and a
 * heartbeat comment meanwhile so proxies keep the connection open and dead clients are noticed.
 * Sending happens on one thread of its own, so a slow client never holds up a Kafka consumer.
 * Emitters are dropped when they complete, time out or fail to send.
 */
@Component
public class DashboardChanges implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardChanges.class);

    private final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("dashboard-sse").daemon().factory());
    private final ReportingProperties.Dashboard properties;

    public DashboardChanges(ReportingProperties properties) {
        this.properties = properties.dashboard();
        long heartbeat = this.properties.heartbeatInterval().toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    /** A new subscriber; it lives until the client goes away or the stream timeout (it then reconnects). */
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> {
            emitters.remove(emitter);
            emitter.complete();
        });
        emitter.onError(error -> emitters.remove(emitter));
        emitters.add(emitter);
        sender.execute(() -> send(emitter, SseEmitter.event().name("ready")
                .data(Map.of("heartbeatSeconds", properties.heartbeatInterval().toSeconds()),
                        MediaType.APPLICATION_JSON)));
        return emitter;
    }

    /** Tells every subscriber that views changed. */
    public void publish(ChangeNotice notice) {
        sender.execute(() -> emitters.forEach(emitter -> send(emitter, SseEmitter.event().name("change")
                .id(notice.eventId()).data(notice, MediaType.APPLICATION_JSON))));
    }

    public int subscribers() {
        return emitters.size();
    }

    private void heartbeat() {
        emitters.forEach(emitter -> send(emitter, SseEmitter.event().comment("heartbeat")));
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The client disconnected (or the emitter already completed): forget it.
            emitters.remove(emitter);
            log.debug("Dropped a dashboard stream subscriber: {}", gone.getMessage());
        }
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }
}
