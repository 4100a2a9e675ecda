package vn.thidua.campaign.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignNumbering;
import vn.thidua.campaign.campaign.CampaignPolicy;
import vn.thidua.campaign.campaign.CampaignRepository;
import vn.thidua.campaign.campaign.CampaignService;
import vn.thidua.campaign.campaign.CampaignStatus;
import vn.thidua.campaign.campaign.LetterSignatures;
import vn.thidua.campaign.directory.DirectoryService;
import vn.thidua.documents.LetterText;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.documents.signing.PadesVerifier;
import vn.thidua.documents.signing.SignatureVerification;
import vn.thidua.documents.signing.SigningCredentials;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.test.EmbeddedMongo;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.eventing.web.DomainException;

/**
 * Launch letters approved and signed by a leader (PAdES), with {@code require-signed-letter} on, over
 * HTTP with real tokens; and the yearly letter numbering under concurrency, through the service (with
 * the setting off and a clock of the test's choosing). Every test uses its own agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import(EmbeddedMongo.class)
@TestPropertySource(properties = "thidua.campaign.require-signed-letter=true")
class LetterSigningEmbeddedTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    AggregateStore store;
    @Autowired
    DirectoryService directory;
    @Autowired
    CampaignNumbering numbering;
    @Autowired
    EventOutbox outbox;
    @Autowired
    CampaignPolicy policy;
    @Autowired
    BusinessCounters counters;

    RestApi api;
    String token;
    String agency;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @BeforeEach
    void setUp() {
        api = new RestApi(port);
        token = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        agency = "AG" + token;
        api.asDemo("admin").put("/api/agencies/" + agency, """
                {"name":"Sở Nông nghiệp và Môi trường %1$s","abbreviation":"S%1$s","parentName":"UBND TỈNH QUẢNG NGÃI",
                 "units":[{"code":"%1$s-VP","name":"Văn phòng Sở","headName":"Trần Thị Hồng"},
                          {"code":"%1$s-TTCNTT","name":"Trung tâm Công nghệ thông tin"}]}
                """.formatted(token)).expect(200);
    }

    @Test
    void onlyALeaderOfTheIssuingAgencyApprovesAndEachApprovalIsAudited() {
        String id = draft("Phong trào thi đua chuyển đổi số " + token);
        String approve = "/api/campaigns/" + id + "/letter/approve";

        api.post(approve).expectProblem(401, "unauthorized");
        office().post(approve).expectProblem(403, "forbidden");
        api.as(TestTokens.person("lanhdao", "LEADER", "AGKHAC" + token, null).token()).post(approve)
                .expectProblem(403, "forbidden");
        api.asDemo("leader").post(approve).expectProblem(403, "forbidden");
        api.as(TestTokens.person("vanthu", "UNIT", agency, token + "-VP").token()).post(approve)
                .expectProblem(403, "forbidden");
        assertThat(office().get("/api/campaigns/" + id).expect(200).body().at("/auditTrail").size()).isEqualTo(1);

        RestApi.Reply approved = leader().post(approve).expect(200);
        assertThat(approved.text("/status")).isEqualTo("DRAFT");
        assertThat(approved.text("/letterNumber")).isEqualTo("1/S" + token + "-VP");
        assertThat(approved.text("/letterDate")).isEqualTo(LocalDate.now(VIETNAM).toString());
        assertThat(approved.text("/letterApproval/approvedBy")).isEqualTo("lanhdao");
        assertThat(approved.text("/letterApproval/approverName")).isEqualTo("Nguyễn Văn An");
        assertThat(approved.text("/letterApproval/signerSubject")).contains("CN=Sở Nông nghiệp và Môi trường " + token)
                .contains("OU=" + SigningCredentials.SELF_SIGNED_NOTICE);
        assertThat(approved.body().at("/letterApproval/selfSigned").asBoolean()).isTrue();
        assertThat(approved.text("/letterApproval/notice")).isEqualTo("Chứng thư tự ký – chỉ dùng thử nghiệm");

        JsonNode trail = office().get("/api/campaigns/" + id).expect(200).body().at("/auditTrail");
        assertThat(trail.size()).isEqualTo(2);
        JsonNode entry = trail.get(1);
        assertThat(entry.at("/action").asString()).isEqualTo("LETTER_APPROVED");
        assertThat(entry.at("/actor").asString()).isEqualTo("lanhdao");
        assertThat(entry.at("/roles").asString()).isEqualTo("LEADER");
        assertThat(entry.at("/client").asString()).isEqualTo("thidua-portal");
        assertThat(entry.at("/requestId").asString()).isEqualTo(approved.headers().getFirst("X-Request-Id"));
        assertThat(entry.at("/before").asString()).isEqualTo("Dự thảo – công văn chưa ký");
        assertThat(entry.at("/after").asString()).isEqualTo("Dự thảo – công văn số 1/S" + token + "-VP đã ký số");
        assertThat(entry.at("/detail").asString()).contains("Phê duyệt và ký số công văn phát động số 1/S" + token);

        leader().post(approve).expectProblem(409, "letter-already-approved");
        api.asDemo("admin").post(approve).expectProblem(409, "letter-already-approved");
        assertThat(office().get("/api/campaigns/" + id).expect(200).body().at("/auditTrail").size()).isEqualTo(2);
    }

    @Test
    void withTheSettingOnlyASignedLetterIsLaunchedAndTheSignedPdfIsPublished() throws Exception {
        String id = draft("Phong trào thi đua giảm thiểu rác thải nhựa " + token);
        String detail = office().post("/api/campaigns/" + id + "/launch").expectProblem(409, "letter-not-signed");
        assertThat(detail).contains("chưa được lãnh đạo phê duyệt và ký số");
        api.get("/api/campaigns/" + id + "/letter/signature").expectProblem(401, "unauthorized");
        office().get("/api/campaigns/" + id + "/letter/signature").expectProblem(404, "letter-not-signed");

        leader().post("/api/campaigns/" + id + "/letter/approve").expect(200);
        byte[] signedDraft = office().download("/api/campaigns/" + id + "/letter.pdf").expect(200).body();
        api.asDemo("office2").get("/api/campaigns/" + id + "/letter/signature").expectProblem(403, "forbidden");

        RestApi.Reply launched = office().post("/api/campaigns/" + id + "/launch").expect(200);
        assertThat(launched.text("/letterNumber")).isEqualTo("1/S" + token + "-VP");
        assertThat(launched.text("/auditTrail/2/detail")).contains("Công văn đã được ký số.");

        byte[] published = api.download("/api/campaigns/" + id + "/letter.pdf").expect(200).body();
        assertThat(published).isEqualTo(signedDraft);
        SignatureVerification verified = new PadesVerifier().verify(published);
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.valid()).isTrue();
        assertThat(verified.signerSubject()).contains("CN=Sở Nông nghiệp và Môi trường " + token);
        assertThat(pdfText(published)).contains("Số: 01/S" + token + "-VP", "Quảng Ngãi, "
                + LetterText.dateWords(LocalDate.now(VIETNAM), null), "V/v Phát động phong trào thi đua giảm thiểu rác thải nhựa " + token);

        JsonNode signature = api.get("/api/campaigns/" + id + "/letter/signature").expect(200).body();
        assertThat(signature.at("/valid").asBoolean()).isTrue();
        assertThat(signature.at("/coversWholeDocument").asBoolean()).isTrue();
        assertThat(signature.at("/selfSigned").asBoolean()).isTrue();
        assertThat(signature.at("/notice").asString()).isEqualTo("Chứng thư tự ký – chỉ dùng thử nghiệm");
        assertThat(signature.at("/signerSubject").asString()).contains("OU=Chứng thư tự ký – chỉ dùng thử nghiệm");
        assertThat(signature.at("/subFilter").asString()).isEqualTo("ETSI.CAdES.detached");
        assertThat(signature.at("/approvedBy").asString()).isEqualTo("lanhdao");
        assertThat(signature.at("/matchesLetter").asBoolean()).isTrue();
        assertThat(Instant.parse(signature.at("/signedAt").asString()))
                .isEqualTo(Instant.parse(launched.text("/auditTrail/1/at")).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aDraftChangedAfterApprovalIsNoLongerSignedUntilApprovedAgain() throws Exception {
        String id = draft("Phong trào thi đua văn hóa công sở " + token);
        leader().post("/api/campaigns/" + id + "/letter/approve").expect(200);
        // Whichever command changes what the letter says (here straight in the store) withdraws the approval.
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                new Update().set("title", "Phong trào thi đua văn hóa công sở đã sửa " + token), "campaigns");

        office().post("/api/campaigns/" + id + "/launch").expectProblem(409, "letter-not-signed");
        byte[] preview = office().download("/api/campaigns/" + id + "/letter.pdf").expect(200).body();
        assertThat(new PadesVerifier().verify(preview).signed()).isFalse();
        assertThat(office().get("/api/campaigns/" + id + "/letter/signature").expect(200).body()
                .at("/matchesLetter").asBoolean()).isFalse();

        RestApi.Reply again = leader().post("/api/campaigns/" + id + "/letter/approve").expect(200);
        assertThat(again.text("/letterNumber")).as("the number stays with the movement").isEqualTo("1/S" + token + "-VP");
        assertThat(again.text("/auditTrail/2/before")).isEqualTo("Dự thảo – công văn số 1/S" + token + "-VP đã ký số");
        office().post("/api/campaigns/" + id + "/launch").expect(200);
        byte[] published = api.download("/api/campaigns/" + id + "/letter.pdf").expect(200).body();
        assertThat(new PadesVerifier().verify(published).valid()).isTrue();
        assertThat(pdfText(published)).contains("văn hóa công sở đã sửa " + token);
        assertThat(mongo.count(new Query(Criteria.where("campaignId").is(id)), "letters")).isEqualTo(1);
    }

    @Test
    void approvingALaunchedOrCancelledMovementIsAConflict() {
        String cancelled = draft("Phong trào sẽ hủy " + token);
        office().post("/api/campaigns/" + cancelled + "/cancel").expect(200);
        leader().post("/api/campaigns/" + cancelled + "/letter/approve").expectProblem(409, "campaign-not-draft");
        leader().post("/api/campaigns/cmp-1900-" + token + "/letter/approve").expectProblem(404, "campaign-not-found");
    }

    /**
     * 40 movements of one agency launched from 8 threads through the service, while some are also
     * cancelled, launched twice or approved at the same moment: the numbers held are exactly 1..N.
     */
    @Test
    void concurrentLaunchesNumberLettersOneToNWithoutGapsOrDuplicates() throws Exception {
        CampaignService service = service(Clock.systemUTC());
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> draft("Phong trào song song " + i + " " + token))
                .toList();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            work.add(attempt(() -> service.launch(id, null, office(agency), who())));
            if (i % 4 == 1) {
                work.add(attempt(() -> service.cancel(id, "Hủy khi đang phát động", office(agency), who())));
            } else if (i % 4 == 2) {
                work.add(attempt(() -> service.launch(id, null, office(agency), who())));
            }
        }
        Collections.shuffle(work);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        List<Campaign> movements = campaigns.findAllById(ids);
        List<Campaign> launched = movements.stream().filter(c -> c.status() == CampaignStatus.LAUNCHED).toList();
        assertThat(launched.size()).isGreaterThanOrEqualTo(30);
        assertThat(movements.stream().filter(c -> c.status() == CampaignStatus.CANCELLED))
                .allSatisfy(c -> assertThat(c.letterNumber()).as("a cancelled draft took no number").isNull());
        List<Integer> numbers = launched.stream().map(Campaign::letterSeq).sorted().toList();
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, launched.size()).boxed().toList());
        assertThat(launched).allSatisfy(c -> assertThat(c.letterNumber()).isEqualTo(c.letterSeq() + "/S" + token + "-VP"));
    }

    /**
     * The races of the test above, one at a time: a launch whose write loses to a cancel takes no
     * number (the next launch gets it), and two writes with the same number cannot both succeed.
     */
    @Test
    void aNumberIsTakenOnlyByTheWriteThatLaunchesAndNeverTwice() {
        CampaignService service = service(Clock.systemUTC());
        String cancelled = draft("Phong trào hủy giữa chừng " + token);
        String first = draft("Phong trào thứ nhất " + token);
        String second = draft("Phong trào thứ hai " + token);
        Instant now = Instant.now();

        Campaign stale = campaigns.findById(cancelled).orElseThrow();
        service.cancel(cancelled, "Hủy trong lúc phát động", office(agency), who());
        stale.launch(numbering.nextLetterNumber(stale.issuingAgency(), now), false, now, who());
        assertThatThrownBy(() -> store.update(stale, List.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("concurrent-modification"));

        Campaign a = campaigns.findById(first).orElseThrow();
        Campaign b = campaigns.findById(second).orElseThrow();
        a.launch(numbering.nextLetterNumber(a.issuingAgency(), now), false, now, who());
        b.launch(numbering.nextLetterNumber(b.issuingAgency(), now), false, now, who());
        assertThat(a.letterNumber()).isEqualTo("1/S" + token + "-VP").isEqualTo(b.letterNumber());
        store.update(a, List.of());
        assertThatThrownBy(() -> store.update(b, List.of())).isInstanceOf(DuplicateKeyException.class);

        assertThat(service.launch(second, null, office(agency), who()).letterNumber()).isEqualTo("2/S" + token + "-VP");
        assertThat(campaigns.findById(cancelled).orElseThrow().letterNumber()).isNull();
        String byHand = draft("Phong trào số tay " + token);
        assertThatThrownBy(() -> service.launch(byHand, "02/S" + token + "-TĐKT", office(agency), who()))
                .as("the register is kept by number, whatever the symbol")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("letter-number-taken"));
    }

    @Test
    void numbersRestartOnTheFirstOfJanuaryInVietnam() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-31T16:59:58Z")); // 23:59:58 in Vietnam
        CampaignService service = service(clock);
        String a = draft("Phong trào cuối năm A " + token);
        String b = draft("Phong trào cuối năm B " + token);
        String c = draft("Phong trào đầu năm C " + token);
        String d = draft("Phong trào đầu năm D " + token);

        assertThat(service.launch(a, null, office(agency), who()).letterNumber()).isEqualTo("1/S" + token + "-VP");
        assertThat(service.launch(b, null, office(agency), who()).letterNumber()).isEqualTo("2/S" + token + "-VP");
        clock.set(Instant.parse("2026-12-31T17:00:00Z")); // 00:00 on 1 January 2027 in Vietnam
        Campaign first = service.launch(c, null, office(agency), who());
        assertThat(first.letterNumber()).isEqualTo("1/S" + token + "-VP");
        assertThat(first.letterYear()).isEqualTo(2027);
        assertThat(first.letterDay()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(service.launch(d, null, office(agency), who()).letterNumber()).isEqualTo("2/S" + token + "-VP");
        assertThat(campaigns.findById(b).orElseThrow().letterYear()).isEqualTo(2026);
    }

    // --- helpers -------------------------------------------------------------------------------

    /** campaign-service's own service, with the setting off and the given clock. */
    private CampaignService service(Clock clock) {
        LetterSignatures unsigned = new LetterSignatures() {
            @Override
            public boolean signedAsItReads(Campaign campaign) {
                return false;
            }

            @Override
            public boolean required() {
                return false;
            }
        };
        return new CampaignService(campaigns, store, mongo, directory, numbering, outbox, policy, unsigned, counters, clock);
    }

    /** A command that may lose a race (409 for a cancelled or concurrently changed movement); others fail the test. */
    private static Callable<Void> attempt(Runnable command) {
        return () -> {
            try {
                command.run();
            } catch (DomainException lostRace) {
                assertThat(lostRace.status().value()).as(lostRace.getMessage()).isEqualTo(409);
                assertThat(lostRace.code()).isIn("concurrent-modification", "campaign-not-draft");
            }
            return null;
        };
    }

    private static Actor office(String agency) {
        return new Actor("office", "Văn phòng", Set.of(Role.OFFICE), agency, null, "thidua-portal", Set.of());
    }

    private static Who who() {
        return new Who("office", "OFFICE", null, "thidua-portal", "req-" + UUID.randomUUID(), "127.0.0.1");
    }

    private RestApi office() {
        return api.as(TestTokens.person("office", "OFFICE", agency, null).token());
    }

    private RestApi leader() {
        return api.as(TestTokens.person("lanhdao", "LEADER", agency, null).claim("name", "Nguyễn Văn An").token());
    }

    private String draft(String title) {
        return office().post("/api/campaigns", """
                {"title":"%s","kind":"THEMATIC","theme":"Đoàn kết, đổi mới sáng tạo","issuingAgencyCode":"%s",
                 "parentPlan":{"number":"45/KH-UBND","date":"2026-01-15","issuer":"Ủy ban nhân dân tỉnh Quảng Ngãi"},
                 "contents":[{"number":1,"text":"Thi đua thực hiện tốt các chủ trương về chuyển đổi số."}],
                 "periodStart":"2026-02-01","periodEnd":"2026-12-31","finalReportDue":"2026-12-15",
                 "participantUnitCodes":["%3$s-VP","%3$s-TTCNTT"]}
                """.formatted(title, agency, token)).expect(201).text("/id");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
