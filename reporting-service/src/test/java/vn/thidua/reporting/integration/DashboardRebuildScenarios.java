package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.reporting.dashboard.DashboardEvents.cascaded;
import static vn.thidua.reporting.dashboard.DashboardEvents.decided;
import static vn.thidua.reporting.dashboard.DashboardEvents.nominated;
import static vn.thidua.reporting.dashboard.DashboardEvents.overdue;
import static vn.thidua.reporting.dashboard.DashboardEvents.registered;
import static vn.thidua.reporting.dashboard.DashboardEvents.submitted;
import static vn.thidua.reporting.dashboard.DashboardEvents.submittedInterim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.reporting.dashboard.DashboardEvents;
import vn.thidua.reporting.dashboard.DashboardGenerations;

/**
 * Rebuilding the dashboard from the topics while the live one serves: after a scripted sequence with
 * duplicate deliveries, the rebuilt read model gives exactly the live figures in every view, with and
 * without filters, for the final period, an interim one and all of them, and then keeps following the topics.
 */
abstract class DashboardRebuildScenarios extends ScenarioSupport {

    private static final LocalDate PERIOD_START = LocalDate.of(2099, 2, 1);
    private static final Instant DEADLINE = Instant.parse("2099-11-15T17:00:00Z");
    private static final List<String> VIEWS = List.of("movements", "participation?groupBy=movement",
            "participation?groupBy=agency", "participation?groupBy=unit", "participation?period=INTERIM-1",
            "participation?groupBy=period&period=all", "participation?groupBy=unit&period=all", "nominations",
            "awards");

    @Autowired
    DashboardGenerations generations;

    @Test
    void aRebuildFromTheTopicsGivesTheLiveFiguresInEveryViewAndDuplicatesChangeNothing() {
        String campaignId = "cmp-rebuild-" + token;
        String vp = unit("VP");
        String tt = unit("TT");
        String pt = unit("PT");
        String agency = "SDL" + token.toUpperCase();
        var launch = DashboardEvents.launchedWithInterim(campaignId, CampaignKind.THEMATIC, agency,
                "UBND TỈNH DỰNG LẠI " + token.toUpperCase(), PERIOD_START, PERIOD_START.plusMonths(5), vp, tt, pt);
        var onTime = submitted(campaignId, vp, 1, false, DEADLINE.minus(Duration.ofDays(2)));
        var decision = decided("nom-" + token, campaignId, vp, NomineeKind.COLLECTIVE, "Đơn vị " + vp, "GIAY_KHEN",
                "Giấy khen", LocalDate.of(2099, 12, 20));
        String launchId = kafka.publish(launch);
        String onTimeId = kafka.publish(onTime);
        kafka.publish(submitted(campaignId, tt, 1, true, DEADLINE.plus(Duration.ofDays(1))));
        kafka.publish(overdue(campaignId, pt, DEADLINE));
        // Interim reports: two of the three units, one of them late; they count in INTERIM-1 only.
        var interim = submittedInterim(campaignId, vp, 1, false, PERIOD_START.plusMonths(5).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        String interimId = kafka.publish(interim);
        kafka.publish(submittedInterim(campaignId, tt, 1, true, DEADLINE.minus(Duration.ofDays(100))));
        kafka.publish(registered(campaignId, vp));
        kafka.publish(cascaded(campaignId, campaignId + "-trien-khai"));
        kafka.publish(nominated("nom-" + token, campaignId, vp, NomineeKind.COLLECTIVE, "Đơn vị " + vp, "GIAY_KHEN",
                "Giấy khen", Instant.parse("2099-12-16T03:00:00Z")));
        String decisionId = kafka.publish(decision);
        // The same events delivered again: the topics now hold duplicates, which the replay meets too.
        kafka.publish(launch, launchId);
        kafka.publish(onTime, onTimeId);
        kafka.publish(decision, decisionId);
        kafka.publish(interim, interimId);

        // Unencoded: the test client encodes the query (the filter is accent-insensitive, so either form finds it).
        String province = "?province=dựng lại " + token;
        String exact = "{\"expected\":3,\"submitted\":2,\"onTime\":1,\"late\":1,\"overdue\":1,"
                + "\"participationRate\":66.7,\"onTimeRate\":33.3}";
        String interimFigures = "{\"expected\":3,\"submitted\":2,\"onTime\":1,\"late\":1,\"overdue\":0,"
                + "\"participationRate\":66.7,\"onTimeRate\":33.3}";
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(viewer.get("/api/dashboard/participation" + province).expect(200).body().at("/totals")
                    .toString()).isEqualTo(exact);
            assertThat(viewer.get("/api/dashboard/awards" + province).body().at("/total").asInt()).isEqualTo(1);
            assertThat(viewer.get("/api/dashboard/movements" + province).body().at("/totals/cascaded").asInt())
                    .isEqualTo(1);
            assertThat(viewer.get("/api/dashboard/participation" + province + "&period=INTERIM-1").body()
                    .at("/totals").toString()).isEqualTo(interimFigures);
        });
        Map<String, JsonNode> live = stableViews(province);
        int liveGeneration = generations.live().generation();

        JsonNode started = admin.post("/api/dashboard/rebuild").expect(202).body();
        String id = started.at("/id").asString();
        assertThat(started.at("/requestedBy").asString()).isEqualTo("admin");
        viewer.get("/api/dashboard/rebuild/" + id).expectProblem(403, "forbidden");
        JsonNode done = await().atMost(WAIT).until(() -> admin.get("/api/dashboard/rebuild/" + id).expect(200).body(),
                rebuild -> !rebuild.at("/status").asString().equals("RUNNING"));
        assertThat(done.at("/status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.at("/percent").asDouble()).isEqualTo(100.0);
        assertThat(done.at("/eventsRead").asLong()).isEqualTo(done.at("/eventsToReplay").asLong()).isPositive();
        assertThat(done.at("/generation").asInt()).isGreaterThan(liveGeneration);
        assertThat(generations.live().generation()).isEqualTo(done.at("/generation").asInt());

        Map<String, JsonNode> rebuilt = views(province);
        for (String view : live.keySet()) {
            assertThat(rebuilt.get(view)).as(view).isEqualTo(live.get(view));
        }
        assertThat(rebuilt.get("/api/dashboard/participation?groupBy=unit&" + province.substring(1)).at("/totals").toString())
                .isEqualTo(exact);
        assertThat(rebuilt.get("/api/dashboard/participation?period=INTERIM-1&" + province.substring(1))
                .at("/totals").toString()).isEqualTo(interimFigures);
        assertThat(rebuilt.get("/api/dashboard/participation?groupBy=period&period=all&" + province.substring(1))
                .at("/totals/expected").asInt()).isEqualTo(6);

        // The rebuilt model goes on following the topics.
        kafka.publish(submitted(campaignId, pt, 1, true, DEADLINE.plus(Duration.ofDays(3))));
        await().atMost(WAIT).until(() -> viewer.get("/api/dashboard/participation" + province).expect(200).body()
                .at("/totals/late").asInt() == 2);

        // Asking for it is audited (ADMIN reads it); the office, whose department it is not, sees nothing.
        String audit = "/api/audit?aggregateType=dashboard-rebuild&aggregateId=" + id;
        JsonNode trail = admin.get(audit).expect(200).body();
        assertThat(trail.valueStream().map(c -> c.at("/entry/action").asString()))
                .containsExactly("DASHBOARD_REBUILD_COMPLETED", "DASHBOARD_REBUILD_REQUESTED");
        assertThat(trail.at("/1/entry/actor").asString()).isEqualTo("admin");
        assertThat(trail.at("/1/entry/roles").asString()).contains("ADMIN");
        assertThat(trail.at("/0/entry/actor").asString()).isEqualTo("reporting-service");
        assertThat(office.get(audit).expect(200).body().size()).isZero();
        office.post("/api/dashboard/rebuild").expectProblem(403, "forbidden");
        admin.get("/api/dashboard/rebuild/rebuild-none").expectProblem(404, "rebuild-not-found");
    }

    /** Every view, unfiltered and for this test's province, once two reads in a row agree. */
    private Map<String, JsonNode> stableViews(String province) {
        AtomicReference<Map<String, JsonNode>> last = new AtomicReference<>(Map.of());
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            Map<String, JsonNode> now = views(province);
            return now.equals(last.getAndSet(now)) ? now : null;
        }, views -> views != null);
    }

    private Map<String, JsonNode> views(String province) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String view : VIEWS) {
            String path = "/api/dashboard/" + view;
            views.put(path, viewer.get(path).expect(200).body());
            String filtered = path + (path.contains("?") ? "&" + province.substring(1) : province);
            views.put(filtered, viewer.get(filtered).expect(200).body());
        }
        return views;
    }
}
