package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.notification.inbox.Audience;
import vn.thidua.notification.inbox.InboxMessage;
import vn.thidua.notification.news.NewsItem;

/**
 * The portal's two feeds in the shared context: each user's inbox (messages to their unit, read state
 * per user, once per event however often it is delivered) and the public news feed with its Atom
 * version. Each test registers its own department and units, so nothing another test writes shows up.
 */
interface PortalScenarios {

    Duration WAIT = Duration.ofSeconds(30);
    CampaignLaunched GOLDEN = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);

    RestApi api();

    KafkaTopics kafka();

    MongoTemplate mongo();

    // --- the inbox

    @Test
    default void aLaunchReachesTheInboxOfEveryUserOfEachUnitOnceWithReadStatePerUser() {
        String agency = "SIN-" + suffix();
        UnitRegistered centre = unit(agency, "Trung tâm");
        UnitRegistered office = unit(agency, "Văn phòng");
        RestApi centreHead = api().as(TestTokens.person("head-" + suffix(), "UNIT", agency, centre.unitId()).token());
        RestApi centreOfficer = api().as(TestTokens.person("officer-" + suffix(), "LEADER", agency, centre.unitId()).token());
        RestApi officeUser = api().as(TestTokens.person("office-" + suffix(), "OFFICE", agency, office.unitId()).token());

        CampaignLaunched launch = launch(agency, "Phong trào thi đua hộp thư " + suffix(), centre, office);
        String ceId = kafka().publish(launch);
        kafka().publish(launch, ceId);
        // A later launch to the centre only: once it is in the inbox, the redelivery before it was handled.
        CampaignLaunched later = launch(agency, "Phong trào thi đua tiếp theo " + suffix(), centre);
        String laterId = kafka().publish(later);
        await().atMost(WAIT).until(() -> inboxOf(centre.unitId()).size() == 2);
        assertThat(inboxOf(centre.unitId())).extracting(InboxMessage::sourceEventId).containsExactlyInAnyOrder(ceId, laterId);

        JsonNode page = centreHead.get("/api/inbox").expect(200).body();
        assertThat(page.path("total").asInt()).isEqualTo(2);
        JsonNode newest = page.path("items").get(0);
        assertThat(newest.path("id").asString()).isEqualTo(InboxMessage.idOf(laterId, Audience.UNIT, centre.unitId()));
        assertThat(newest.path("title").asString()).isEqualTo("Phát động phong trào thi đua: " + later.title());
        assertThat(newest.path("body").asString()).contains("Kính gửi:").contains(later.title());
        assertThat(newest.path("link").asString()).isEqualTo("http://portal.test/phong-trao/" + later.campaignId());
        assertThat(newest.path("kind").asString()).isEqualTo("CAMPAIGN_LAUNCHED");
        assertThat(newest.path("read").asBoolean()).isFalse();
        assertThat(officeUser.get("/api/inbox").expect(200).body().path("items")).singleElement()
                .satisfies(m -> assertThat(m.path("id").asString())
                        .isEqualTo(InboxMessage.idOf(ceId, Audience.UNIT, office.unitId())));

        String first = InboxMessage.idOf(ceId, Audience.UNIT, centre.unitId());
        JsonNode read = centreHead.post("/api/inbox/" + first + "/read").expect(200).body();
        assertThat(read.path("read").asBoolean()).isTrue();
        assertThat(read.path("readAt").isNull()).isFalse();
        centreHead.post("/api/inbox/" + first + "/read").expect(200);
        assertThat(centreHead.get("/api/inbox/unread-count").expect(200).body().path("unread").asLong()).isEqualTo(1);
        // A colleague of the same unit has their own read state.
        assertThat(centreOfficer.get("/api/inbox/unread-count").body().path("unread").asLong()).isEqualTo(2);
        assertThat(centreHead.get("/api/inbox?unread=true").body().path("items")).singleElement()
                .satisfies(m -> assertThat(m.path("id").asString()).isNotEqualTo(first));
        assertThat(inboxOf(centre.unitId())).filteredOn(m -> m.id().equals(first)).singleElement()
                .satisfies(m -> assertThat(m.readBy()).hasSize(1));

        // Another unit's message: refused, never shown.
        assertThat(officeUser.post("/api/inbox/" + first + "/read").expectProblem(403, "forbidden"))
                .contains("đơn vị của bạn");
        officeUser.post("/api/inbox/" + ceId + ":PORTAL:UNIT:no-such-unit/read").expectProblem(404,
                "inbox-message-not-found");
    }

    @Test
    default void theInboxPagesNewestFirstAndReadAllClearsTheUnreadOnesOfThatUserOnly() {
        String agency = "SPG-" + suffix();
        UnitRegistered centre = unit(agency, "Trung tâm");
        RestApi head = api().as(TestTokens.person("head-" + suffix(), "UNIT", agency, centre.unitId()).token());
        RestApi colleague = api().as(TestTokens.person("colleague-" + suffix(), "UNIT", agency, centre.unitId()).token());
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String ceId = kafka().publish(launch(agency, "Phong trào số " + i + " " + suffix(), centre));
            published.add(InboxMessage.idOf(ceId, Audience.UNIT, centre.unitId()));
            String expected = published.getLast();
            // One at a time, so "newest first" has a defined order.
            await().atMost(WAIT).until(() -> mongo().findById(expected, InboxMessage.class) != null);
        }

        JsonNode firstPage = head.get("/api/inbox?page=0&size=2").expect(200).body();
        assertThat(firstPage.path("total").asInt()).isEqualTo(3);
        assertThat(firstPage.path("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(firstPage)).containsExactly(published.get(2), published.get(1));
        assertThat(ids(head.get("/api/inbox?page=1&size=2").expect(200).body())).containsExactly(published.get(0));

        assertThat(head.post("/api/inbox/read-all").expect(200).body().path("marked").asLong()).isEqualTo(3);
        assertThat(head.post("/api/inbox/read-all").expect(200).body().path("marked").asLong()).isZero();
        assertThat(head.get("/api/inbox?unread=true").body().path("total").asInt()).isZero();
        assertThat(head.get("/api/inbox").body().path("items"))
                .allSatisfy(m -> assertThat(m.path("read").asBoolean()).isTrue());
        assertThat(colleague.get("/api/inbox/unread-count").body().path("unread").asLong()).isEqualTo(3);

        head.get("/api/inbox?size=0").expectProblem(400, "invalid-page-size");
        head.get("/api/inbox?size=101").expectProblem(400, "invalid-page-size");
        head.get("/api/inbox?page=-1").expectProblem(400, "invalid-page");
    }

    // --- the public news feed

    @Test
    default void aLaunchAndItsDecisionArePostedOnceOnThePublicFeedFoundWithoutAccents() throws Exception {
        String agency = "SNW-" + suffix();
        String marker = "Quảng Ngãi " + suffix();
        UnitRegistered centre = unit(agency, "Trung tâm");
        CampaignLaunched launch = launch(agency, "Phong trào thi đua đổi mới sáng tạo " + marker, centre);
        String ceId = kafka().publish(launch);
        kafka().publish(launch, ceId);
        String postId = "phat-dong-" + launch.campaignId();
        await().atMost(WAIT).until(() -> mongo().findById(postId, NewsItem.class) != null);

        JsonNode post = api().get("/api/news/" + postId).expect(200).body();
        assertThat(post.path("kind").asString()).isEqualTo("CAMPAIGN_LAUNCHED");
        assertThat(post.path("kindName").asString()).isEqualTo("Phát động phong trào thi đua");
        assertThat(post.path("title").asString()).isEqualTo(launch.title());
        assertThat(post.path("summary").asString()).isEqualTo("Sở thử nghiệm " + agency
                + " phát động phong trào thi đua đổi mới sáng tạo " + marker
                + " theo Công văn số 12/SNNMT-VP ngày 02/02/2026.");
        assertThat(post.path("body").asString()).contains("Nội dung thi đua:")
                .contains("1. Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.")
                .contains("Thời gian thực hiện: từ ngày 01/02/2026 đến ngày 31/12/2026.");
        assertThat(post.path("documentUrl").asString())
                .isEqualTo("http://portal.test/api/campaign/campaigns/" + launch.campaignId() + "/letter.pdf");
        assertThat(post.path("link").asString()).isEqualTo("http://portal.test/phong-trao/" + launch.campaignId());
        assertThat(post.path("agencyCode").asString()).isEqualTo(agency);

        // Accent- and case-insensitive, every word must occur; the agency filter narrows.
        String folded = "thi dua doi moi quang ngai " + marker.substring(marker.lastIndexOf(' ') + 1);
        assertThat(ids(api().get("/api/news?q=" + folded).expect(200).body())).containsExactly(postId);
        assertThat(ids(api().get("/api/news?q=" + "THI ĐUA ĐỔI MỚI " + marker.toUpperCase()).body()))
                .containsExactly(postId);
        assertThat(api().get("/api/news?q=" + folded + " khong-co").body().path("total").asInt()).isZero();
        assertThat(ids(api().get("/api/news?agency=" + agency).body())).containsExactly(postId);
        assertThat(ids(api().get("/api/news?agency=SNV&q=" + folded).body())).isEmpty();

        AwardDecided decided = new AwardDecided("nom-" + suffix(), launch.campaignId(), NomineeKind.COLLECTIVE,
                centre.unitId(), centre.name(), "GIAY_KHEN", "Giấy khen", "7/QĐ-" + agency, LocalDate.parse("2026-12-20"),
                "Nguyễn Văn Lộc", "GIÁM ĐỐC", launch.launchedAt().plus(Duration.ofDays(300)));
        kafka().publish(decided);
        String decisionId = "quyet-dinh-" + decided.nominationId();
        await().atMost(WAIT).until(() -> mongo().findById(decisionId, NewsItem.class) != null);
        JsonNode ofAgency = api().get("/api/news?agency=" + agency).expect(200).body();
        assertThat(ids(ofAgency)).containsExactly(decisionId, postId);
        JsonNode decision = ofAgency.path("items").get(0);
        assertThat(decision.path("title").asString())
                .isEqualTo("Quyết định số 7/QĐ-" + agency + " tặng Giấy khen cho tập thể " + centre.name());
        assertThat(decision.path("summary").asString()).startsWith("Ngày 20/12/2026, GIÁM ĐỐC Nguyễn Văn Lộc ký");
        assertThat(decision.path("documentUrl").asString())
                .isEqualTo("http://portal.test/api/award/nominations/" + decided.nominationId() + "/decision.pdf");
        assertThat(mongo().count(new Query(Criteria.where("campaignId").is(launch.campaignId())), NewsItem.class))
                .isEqualTo(2);

        RestApi.Download feed = api().download("/api/news/feed.atom?agency=" + agency).expect(200);
        assertThat(feed.headers().getContentType().toString()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        Element root = atom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element newestEntry = (Element) entries.item(0);
        assertThat(text(newestEntry, "id")).isEqualTo("urn:thidua:news:" + decisionId);
        assertThat(text(newestEntry, "title")).isEqualTo(decision.path("title").asString());
        assertThat(text((Element) entries.item(1), "title")).isEqualTo(launch.title());
        assertThat(text(root, "updated")).isEqualTo(decided.decidedAt().toString());
        assertThat(text(root, "id")).isEqualTo("http://portal.test/api/notification/news/feed.atom?agency=" + agency);
    }

    @Test
    default void aDisclosureListAndARevocationArePostedWithPublicDataOnly() {
        String agency = "SDC-" + suffix();
        UnitRegistered centre = unit(agency, "Trung tâm");
        CampaignLaunched launch = launch(agency, "Phong trào thi đua công khai " + suffix(), centre);
        kafka().publish(launch);
        await().atMost(WAIT).until(() -> mongo().findById("phat-dong-" + launch.campaignId(), NewsItem.class) != null);

        DisclosureOpened golden = Contracts.sample(EventCatalog.of(DisclosureOpened.class), DisclosureOpened.class);
        DisclosureOpened disclosure = new DisclosureOpened("ck-" + suffix(), agency, golden.title(), golden.from(),
                golden.to(), golden.workingDays(), golden.votingFrom(), golden.nominees(), golden.openedAt());
        String ceId = kafka().publish(disclosure);
        kafka().publish(disclosure, ceId);
        AwardRevoked goldenRevocation = Contracts.sample(EventCatalog.of(AwardRevoked.class), AwardRevoked.class);
        AwardRevoked revoked = new AwardRevoked("nom-" + suffix(), launch.campaignId(), NomineeKind.INDIVIDUAL,
                centre.unitId(), "Trần Thị Mai", goldenRevocation.form(), goldenRevocation.formName(),
                goldenRevocation.decisionNumber(), goldenRevocation.decisionDate(), goldenRevocation.reason(),
                goldenRevocation.recoveredAmount(), goldenRevocation.revokedOn(), goldenRevocation.revokedAt());
        kafka().publish(revoked);
        String revocationId = "thu-hoi-" + revoked.nominationId();
        await().atMost(WAIT).until(() -> mongo().findById(revocationId, NewsItem.class) != null);

        JsonNode list = api().get("/api/news/cong-khai-" + disclosure.disclosureId()).expect(200).body();
        assertThat(list.path("kind").asString()).isEqualTo("DISCLOSURE_OPENED");
        assertThat(list.path("title").asString()).isEqualTo("Công khai danh sách đề nghị khen thưởng năm 2026");
        assertThat(list.path("agencyCode").asString()).isEqualTo(agency);
        assertThat(list.path("agencyName").asString()).isEqualTo("Sở thử nghiệm " + agency);
        assertThat(list.path("summary").asString()).isEqualTo("Lấy ý kiến về danh sách đề nghị khen thưởng năm 2026 "
                + "từ ngày 01/12/2026 đến ngày 15/12/2026 (10 ngày làm việc).");
        assertThat(list.path("body").asString())
                .contains("1. cá nhân Trần Thị Mai (Văn phòng Sở) – Chiến sĩ thi đua cơ sở")
                .contains("xem xét từ ngày 16/12/2026");
        assertThat(list.path("link").asString())
                .isEqualTo("http://portal.test/api/award/disclosures/" + disclosure.disclosureId());

        JsonNode revocation = api().get("/api/news/" + revocationId).expect(200).body();
        assertThat(revocation.path("kind").asString()).isEqualTo("AWARD_REVOKED");
        assertThat(revocation.path("title").asString()).isEqualTo("Thu hồi Quyết định số "
                + goldenRevocation.decisionNumber() + " tặng " + goldenRevocation.formName() + " cho cá nhân Trần Thị Mai");
        assertThat(revocation.path("summary").asString()).contains("Lý do: " + goldenRevocation.reason());
        assertThat(revocation.path("agencyCode").asString()).isEqualTo(agency);
        assertThat(api().get("/api/news?agency=" + agency).body().path("total").asInt()).isEqualTo(3);
    }

    @Test
    default void anUnknownPostIsAProblem() {
        api().get("/api/news/phat-dong-khong-co").expectProblem(404, "news-not-found");
        api().get("/api/news?size=500").expectProblem(400, "invalid-page-size");
    }

    // --- helpers

    private UnitRegistered unit(String agency, String label) {
        String id = agency + "-" + suffix();
        UnitRegistered unit = new UnitRegistered(id, agency, "Sở thử nghiệm " + agency, label + " " + id, "Người đứng đầu",
                id.toLowerCase() + "@quangngai.demo.thidua.vn", null, LocalDate.parse("2025-07-01"), null);
        kafka().publish(unit);
        await().atMost(WAIT).until(() -> mongo().findById(id, vn.thidua.notification.recipient.Recipient.class) != null);
        return unit;
    }

    private static CampaignLaunched launch(String agency, String title, UnitRegistered... units) {
        List<CampaignLaunched.Participant> participants = new ArrayList<>();
        for (UnitRegistered unit : units) {
            participants.add(new CampaignLaunched.Participant(unit.unitId(), unit.name(), unit.headName(), unit.email(),
                    null));
        }
        return new CampaignLaunched("cmp-" + UUID.randomUUID(), title, GOLDEN.kind(), GOLDEN.theme(),
                new CampaignLaunched.Agency(agency, "Sở thử nghiệm " + agency, agency, "UBND TỈNH QUẢNG NGÃI"),
                GOLDEN.parentPlan(), GOLDEN.contents(), GOLDEN.periodStart(), GOLDEN.periodEnd(), GOLDEN.finalReportDue(),
                participants, GOLDEN.letterNumber(), GOLDEN.launchedAt());
    }

    private List<InboxMessage> inboxOf(String unitId) {
        return mongo().find(new Query(Criteria.where("addressee").is(unitId)), InboxMessage.class);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
