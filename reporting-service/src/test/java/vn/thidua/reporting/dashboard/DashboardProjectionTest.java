package vn.thidua.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.reporting.dashboard.DashboardEvents.cascaded;
import static vn.thidua.reporting.dashboard.DashboardEvents.decided;
import static vn.thidua.reporting.dashboard.DashboardEvents.launched;
import static vn.thidua.reporting.dashboard.DashboardEvents.nominated;
import static vn.thidua.reporting.dashboard.DashboardEvents.overdue;
import static vn.thidua.reporting.dashboard.DashboardEvents.registered;
import static vn.thidua.reporting.dashboard.DashboardEvents.submitted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.dashboard.ParticipationView.Grouping;

/**
 * The projection against an in-memory MongoDB-compatible server, without Spring: a scripted sequence
 * with duplicates and out-of-order arrivals gives exact figures, and replaying the same events in
 * other orders, or again, gives the same views.
 */
class DashboardProjectionTest {

    private static final String QN = "UBND TỈNH QUẢNG NGÃI";
    private static final String GL = "UBND TỈNH GIA LAI";
    private static final Instant DEADLINE = Instant.parse("2026-12-15T17:00:00Z");

    private static MongoServer server;
    private static MongoClient client;
    private static int databases;

    /** Delivered in this order, with duplicates: the event id and the event. */
    private static final List<Map.Entry<String, IntegrationEvent>> SCRIPT = List.of(
            // A unit's report and a decision arrive before the movement and the nomination they belong to.
            Map.entry("e1", submitted("c1", "A", 1, false, DEADLINE.minusSeconds(86_400))),
            Map.entry("e2", decided("n1", "c1", "A", NomineeKind.COLLECTIVE, "Đơn vị A", "GIAY_KHEN", "Giấy khen",
                    LocalDate.of(2026, 12, 20))),
            Map.entry("e3", launched("c1", CampaignKind.THEMATIC, "SNNMT", QN, LocalDate.of(2026, 2, 1), "A", "B",
                    "C")),
            Map.entry("e3", launched("c1", CampaignKind.THEMATIC, "SNNMT", QN, LocalDate.of(2026, 2, 1), "A", "B",
                    "C")),
            Map.entry("e4", registered("c1", "A")),
            Map.entry("e5", registered("c1", "B")),
            Map.entry("e5", registered("c1", "B")),
            Map.entry("e6", cascaded("c1", "c2")),
            // B misses the deadline, then hands in late; C never does.
            Map.entry("e7", overdue("c1", "B", DEADLINE)),
            Map.entry("e8", submitted("c1", "B", 1, true, DEADLINE.plusSeconds(86_400))),
            Map.entry("e9", overdue("c1", "C", DEADLINE)),
            Map.entry("e9", overdue("c1", "C", DEADLINE)),
            Map.entry("e10", nominated("n1", "c1", "A", NomineeKind.COLLECTIVE, "Đơn vị A", "GIAY_KHEN", "Giấy khen",
                    Instant.parse("2026-12-16T03:00:00Z"))),
            Map.entry("e11", nominated("n2", "c1", "B", NomineeKind.INDIVIDUAL, "Trần Thị Hồng",
                    "CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", Instant.parse("2026-12-16T04:00:00Z"))),
            // Another province's movement of the next year: version 2 of D's report arrives before version 1.
            Map.entry("e12", submitted("c2", "D", 2, false, DEADLINE.plusSeconds(3_600))),
            Map.entry("e13", launched("c2", CampaignKind.REGULAR, "SGDDT", GL, LocalDate.of(2027, 1, 1), "D")),
            Map.entry("e14", submitted("c2", "D", 1, true, DEADLINE)),
            Map.entry("e15", decided("n3", "c2", "D", NomineeKind.COLLECTIVE, "Đơn vị D", "BANG_KHEN",
                    "Bằng khen của Chủ tịch UBND tỉnh", LocalDate.of(2027, 1, 10))),
            Map.entry("e15", decided("n3", "c2", "D", NomineeKind.COLLECTIVE, "Đơn vị D", "BANG_KHEN",
                    "Bằng khen của Chủ tịch UBND tỉnh", LocalDate.of(2027, 1, 10))));

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theScriptedSequenceGivesTheExactFigures() {
        Dashboard dashboard = freshDashboard();
        List<Boolean> applied = SCRIPT.stream().map(entry -> dashboard.apply(entry)).toList();
        // Every duplicate delivery (the second e3, e5, e9, e15) changed nothing.
        assertThat(applied).containsExactly(true, true, true, false, true, true, false, true, true, true, true, false,
                true, true, true, true, true, true, false);

        MovementsView movements = dashboard.queries.movements(DashboardFilters.none());
        assertThat(movements.totals()).isEqualTo(new MovementsView.Totals(2, 4, 1, 2));
        assertThat(movements.byKindAndStatus()).containsExactly(
                new MovementsView.KindAndStatus("REGULAR", "Thường xuyên", "LAUNCHED", "Đã phát động", 1, 1, 0, 0),
                new MovementsView.KindAndStatus("THEMATIC", "Theo chuyên đề", "LAUNCHED", "Đã phát động", 1, 3, 1, 2));
        assertThat(movements.movements()).extracting(MovementsView.Movement::campaignId, MovementsView.Movement::province,
                MovementsView.Movement::year).containsExactly(
                        tuple("c1", "Quảng Ngãi", 2026),
                        tuple("c2", "Gia Lai", 2027));

        ParticipationView byMovement = dashboard.queries.participation(DashboardFilters.none(), Grouping.MOVEMENT);
        assertThat(byMovement.totals()).isEqualTo(new Figures(4, 3, 2, 1, 1, 75.0, 50.0));
        assertThat(byMovement.rows()).containsExactly(
                new ParticipationView.Row("c1", movements.movements().get(0).title(),
                        new Figures(3, 2, 1, 1, 1, 66.7, 33.3)),
                new ParticipationView.Row("c2", movements.movements().get(1).title(),
                        new Figures(1, 1, 1, 0, 0, 100.0, 100.0)));
        assertThat(dashboard.queries.participation(DashboardFilters.none(), Grouping.AGENCY).rows())
                .extracting(ParticipationView.Row::key, ParticipationView.Row::name, row -> row.figures().expected())
                .containsExactly(tuple("SGDDT", "Cơ quan SGDDT", 1),
                        tuple("SNNMT", "Cơ quan SNNMT", 3));
        assertThat(dashboard.queries.participation(DashboardFilters.none(), Grouping.UNIT).rows())
                .extracting(ParticipationView.Row::key, row -> row.figures().onTime(), row -> row.figures().late(),
                        row -> row.figures().overdue())
                .containsExactly(tuple("A", 1, 0, 0),
                        tuple("B", 0, 1, 0),
                        tuple("C", 0, 0, 1),
                        tuple("D", 1, 0, 0));

        DashboardFilters quangNgai = new DashboardFilters("quang ngai", null, null, null);
        assertThat(dashboard.queries.participation(quangNgai, Grouping.MOVEMENT).totals())
                .isEqualTo(new Figures(3, 2, 1, 1, 1, 66.7, 33.3));
        assertThat(dashboard.queries.participation(new DashboardFilters(null, "sgddt", 2027, null), Grouping.MOVEMENT)
                .totals()).isEqualTo(new Figures(1, 1, 1, 0, 0, 100.0, 100.0));
        assertThat(dashboard.queries.participation(new DashboardFilters("Quảng Ngãi", null, 2027, null),
                Grouping.MOVEMENT).totals().expected()).isZero();

        assertThat(dashboard.queries.nominations(DashboardFilters.none())).isEqualTo(new NominationsView(
                DashboardFilters.none(), 3, List.of(
                        new NominationsView.StatusRow("SUBMITTED", "Đã đề nghị, chờ quyết định", 0, 1, 1),
                        new NominationsView.StatusRow("DECIDED", "Đã có quyết định khen thưởng", 2, 0, 2))));
        assertThat(dashboard.queries.nominations(quangNgai).byStatus()).extracting(NominationsView.StatusRow::total)
                .containsExactly(1, 1);

        AwardsView awards = dashboard.queries.awards(DashboardFilters.none());
        assertThat(awards.total()).isEqualTo(2);
        assertThat(awards.rows()).containsExactly(
                new AwardsView.Row(2027, "BANG_KHEN", "Bằng khen của Chủ tịch UBND tỉnh", "D", "Đơn vị D", 1, 0, 1),
                new AwardsView.Row(2026, "GIAY_KHEN", "Giấy khen", "A", "Đơn vị A", 1, 0, 1));
        assertThat(dashboard.queries.awards(new DashboardFilters(null, null, 2026, null)).rows())
                .extracting(AwardsView.Row::form).containsExactly("GIAY_KHEN");
        assertThat(dashboard.queries.awards(new DashboardFilters(null, null, null, "c2")).total()).isEqualTo(1);
    }

    @Test
    void replayingTheEventsInAnyOrderOrAgainGivesTheSameViews() {
        Dashboard scripted = freshDashboard();
        SCRIPT.forEach(scripted::apply);
        Views expected = scripted.views();

        List<Map.Entry<String, IntegrationEvent>> reversed = new ArrayList<>(SCRIPT);
        Collections.reverse(reversed);
        Dashboard backwards = freshDashboard();
        reversed.forEach(backwards::apply);
        assertThat(backwards.views()).isEqualTo(expected);

        for (long seed = 1; seed <= 3; seed++) {
            List<Map.Entry<String, IntegrationEvent>> shuffled = new ArrayList<>(SCRIPT);
            Collections.shuffle(shuffled, new Random(seed));
            Dashboard replayed = freshDashboard();
            shuffled.forEach(replayed::apply);
            assertThat(replayed.views()).as("shuffled with seed %d", seed).isEqualTo(expected);
        }

        // The whole stream again (as after resetting the consumer group's offsets): nothing changes.
        assertThat(SCRIPT.stream().map(scripted::apply)).containsOnly(false);
        assertThat(scripted.views()).isEqualTo(expected);
    }

    @Test
    void aShadowGenerationFilledByAReplayWhileEventsKeepArrivingIsPromotedWithTheSameViews() {
        Dashboard reference = freshDashboard();
        SCRIPT.forEach(reference::apply);

        MongoTemplate mongo = new MongoTemplate(client, "dashboard-" + ++databases);
        DashboardGenerations generations = new DashboardGenerations(mongo);
        Dashboard live = new Dashboard(new DashboardProjection(mongo, generations),
                new DashboardQueries(mongo, generations));
        int half = SCRIPT.size() / 2;
        SCRIPT.subList(0, half).forEach(live::apply);

        // A rebuild opens a shadow; the live consumer goes on (writing to both) while the replay reads the
        // topic up to where it ended when the rebuild began, with two of those events arriving live too.
        DashboardCollections shadow = generations.openShadow();
        assertThat(shadow.generation()).isEqualTo(1);
        assertThat(generations.targets()).containsExactly(DashboardCollections.of(0), shadow);
        SCRIPT.subList(half, SCRIPT.size()).forEach(live::apply);
        for (Map.Entry<String, IntegrationEvent> delivery : SCRIPT.subList(0, half + 2)) {
            live.projection.applyTo(shadow, delivery.getKey(), delivery.getValue());
        }
        Views before = live.views();
        assertThat(before).isEqualTo(reference.views());
        assertThat(live.queries.participation(shadow, DashboardFilters.none(), Grouping.UNIT))
                .isEqualTo(before.byUnit());

        assertThat(generations.promote(shadow)).isTrue();
        assertThat(generations.live()).isEqualTo(shadow);
        assertThat(generations.targets()).containsExactly(shadow);
        assertThat(live.views()).isEqualTo(before);
        assertThat(mongo.collectionExists("dashboard_movements")).isFalse();
        assertThat(generations.promote(shadow)).as("promoted once").isFalse();

        // A failed rebuild's shadow is dropped and the live generation stays.
        DashboardCollections failed = generations.openShadow();
        SCRIPT.forEach(delivery -> live.projection.applyTo(failed, delivery.getKey(), delivery.getValue()));
        generations.abandon(failed);
        assertThat(generations.targets()).containsExactly(shadow);
        assertThat(mongo.collectionExists(failed.movements())).isFalse();
        assertThat(live.views()).isEqualTo(before);
    }

    @Test
    void aUnitRenamedBetweenLaunchAndReportKeepsTheLaunchsNameWhateverTheOrder() {
        var launch = launched("c5", CampaignKind.REGULAR, "SNNMT", QN, LocalDate.of(2026, 2, 1), "A");
        var renamed = new ReportSubmitted("c5:A:FINAL", "c5", "A", "Phòng A (tên mới)",
                ReportSubmitted.ReportPeriod.FINAL, LocalDate.of(2026, 11, 15),
                List.of(), null, 1, false, DEADLINE.minusSeconds(60));
        for (boolean launchFirst : List.of(true, false)) {
            Dashboard dashboard = freshDashboard();
            dashboard.projection.apply(launchFirst ? "l" : "r", launchFirst ? launch : renamed);
            dashboard.projection.apply(launchFirst ? "r" : "l", launchFirst ? renamed : launch);
            assertThat(dashboard.queries.participation(DashboardFilters.none(), Grouping.UNIT).rows())
                    .extracting(ParticipationView.Row::name).as("launch first: %s", launchFirst)
                    .containsExactly("Đơn vị A");
        }
    }

    @Test
    void aChangeNoticeNamesTheViewsAndKeysOnlyWhenSomethingChanged() {
        Dashboard dashboard = freshDashboard();
        ChangeNotice notice = dashboard.projection.apply("x1", decided("n9", "c9", "U", NomineeKind.INDIVIDUAL,
                "Lê Văn Đức", "GIAY_KHEN", "Giấy khen", LocalDate.of(2026, 12, 20))).orElseThrow();
        assertThat(notice.views()).containsExactlyInAnyOrder(DashboardView.NOMINATIONS, DashboardView.AWARDS);
        assertThat(notice.keys()).isEqualTo(Map.of("campaignId", "c9", "nominationId", "n9"));
        assertThat(notice.eventType()).isEqualTo("AwardDecided");
        assertThat(dashboard.projection.apply("x1", decided("n9", "c9", "U", NomineeKind.INDIVIDUAL, "Lê Văn Đức",
                "GIAY_KHEN", "Giấy khen", LocalDate.of(2026, 12, 20)))).isEmpty();
    }

    @Test
    void interimReportsCountInTheirOwnPeriodAndTheFinalFiguresStayAsTheyWere() {
        Dashboard dashboard = freshDashboard();
        dashboard.projection.apply("l1", DashboardEvents.launchedWithInterim("c7", CampaignKind.REGULAR, "SNNMT", QN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 10), "A", "B"));
        assertThat(dashboard.projection.apply("i1", DashboardEvents.submittedInterim("c7", "A", 1, false,
                Instant.parse("2026-07-01T03:00:00Z")))).isPresent();
        dashboard.projection.apply("i2", DashboardEvents.submittedInterim("c7", "B", 1, true,
                Instant.parse("2026-07-20T03:00:00Z")));
        // The final report of an event from before periods had ids counts as the final one.
        ReportSubmitted golden = Contracts.sample(EventCatalog.of(ReportSubmitted.class), ReportSubmitted.class);
        dashboard.projection.apply("f1", new ReportSubmitted("c7:A:FINAL", "c7", "A", "Đơn vị A", golden.period(),
                golden.dueDate(), golden.results(), golden.summary(), 1, false, DEADLINE.minusSeconds(3_600)));

        DashboardFilters none = DashboardFilters.none();
        assertThat(dashboard.queries.participation(none, Grouping.MOVEMENT).totals())
                .isEqualTo(new Figures(2, 1, 1, 0, 0, 50.0, 50.0));
        assertThat(dashboard.queries.participation(none, Grouping.MOVEMENT).period()).isEqualTo("FINAL");
        assertThat(dashboard.queries.participation(none, Grouping.UNIT, PeriodFilter.parse("interim-1")).totals())
                .isEqualTo(new Figures(2, 2, 1, 1, 0, 100.0, 50.0));
        ParticipationView all = dashboard.queries.participation(none, Grouping.PERIOD, PeriodFilter.parse("all"));
        assertThat(all.period()).isEqualTo("all");
        assertThat(all.totals()).isEqualTo(new Figures(4, 3, 2, 1, 0, 75.0, 50.0));
        assertThat(all.rows()).extracting(ParticipationView.Row::key, ParticipationView.Row::name,
                row -> row.figures().submitted()).containsExactly(tuple("FINAL", "Tổng kết", 1),
                        tuple("INTERIM-1", "Sơ kết (INTERIM-1)", 2));
        assertThat(dashboard.queries.participation(none, Grouping.UNIT, PeriodFilter.parse("INTERIM-2")).totals()
                .expected()).isZero();
    }

    @Test
    void anUnknownPeriodIsABadRequest() {
        assertThatThrownBy(() -> PeriodFilter.parse("quý 3")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("unknown-period"));
    }

    @Test
    void theGoldenSamplesOfEveryConsumedTypeAreReadAsTheyAre() {
        Dashboard dashboard = freshDashboard();
        for (EventType type : EventCatalog.ALL) {
            IntegrationEvent sample = Contracts.sample(type, type.recordType());
            // Only these facts move a dashboard figure; any other type (a milestone change, a notification, a
            // type other services add later) is read and changes nothing.
            boolean counted = List.of("CampaignLaunched", "CampaignCascaded", "RegistrationSubmitted",
                    "ReportSubmitted", "ReportDue", "ReportOverdue", "AwardNominated", "AwardDecided")
                    .contains(type.name());
            assertThat(dashboard.projection.apply("golden-" + type.name(), sample).isPresent())
                    .as("%s changes the dashboard", type.name()).isEqualTo(counted);
        }

        assertThat(dashboard.queries.movements(new DashboardFilters("Quảng Ngãi", "snnmt", 2026, null)).movements())
                .containsExactly(new MovementsView.Movement("cmp-2026-0001",
                        "Phong trào thi đua đặc biệt chuyển đổi số ngành nông nghiệp và môi trường năm 2026",
                        "THEMATIC", "LAUNCHED", "SNNMT", "Sở Nông nghiệp và Môi trường", "Quảng Ngãi", 2026, 2, 1, 1));
        // The samples tell of a report handed in on 10 December and of the same report overdue on the
        // 16th: it was returned and not resubmitted, so it counts as overdue.
        assertThat(dashboard.queries.participation(DashboardFilters.none(), Grouping.UNIT).rows())
                .extracting(ParticipationView.Row::key, row -> row.figures().overdue())
                .containsExactly(tuple("SNNMT-TTCNTT", 0), tuple("SNNMT-VP", 1));
        assertThat(dashboard.queries.nominations(DashboardFilters.none()).byStatus())
                .extracting(NominationsView.StatusRow::total).containsExactly(0, 1);
        assertThat(dashboard.queries.awards(DashboardFilters.none()).rows()).containsExactly(
                new AwardsView.Row(2026, "GIAY_KHEN", "Giấy khen", "SNNMT-VP", "Văn phòng Sở", 1, 0, 1));
    }

    private static Dashboard freshDashboard() {
        MongoTemplate mongo = new MongoTemplate(client, "dashboard-" + ++databases);
        DashboardGenerations generations = new DashboardGenerations(mongo);
        return new Dashboard(new DashboardProjection(mongo, generations), new DashboardQueries(mongo, generations));
    }

    record Views(MovementsView movements, ParticipationView byMovement, ParticipationView byAgency,
            ParticipationView byUnit, NominationsView nominations, AwardsView awards) {
    }

    record Dashboard(DashboardProjection projection, DashboardQueries queries) {

        boolean apply(Map.Entry<String, IntegrationEvent> delivery) {
            return projection.apply(delivery.getKey(), delivery.getValue()).isPresent();
        }

        Views views() {
            DashboardFilters none = DashboardFilters.none();
            return new Views(queries.movements(none), queries.participation(none, Grouping.MOVEMENT),
                    queries.participation(none, Grouping.AGENCY), queries.participation(none, Grouping.UNIT),
                    queries.nominations(none), queries.awards(none));
        }
    }
}
