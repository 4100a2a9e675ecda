package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * The appraisal pipeline and council sessions over HTTP, in the shared context: a nomination drafted,
 * returned, resubmitted, accepted, voted on in a session (secret and open ballots, recusal, written
 * votes of absentees, the 90% boundary against all members), decided; the stored secret ballot
 * holding no link from a choice to a voter; the quorum; the quota under parallel submissions; who may
 * call each new endpoint; one audit entry per command.
 */
abstract class CouncilScenarios extends AwardAuthorisationScenarios {

    /** A department of the test's own, its office, its units' officer and a 10-member council. */
    record Department(String agency, String unit, String campaignId, String office, String unitOfficer,
            List<String> members) {

        RestApi as(int port, String token) {
            return new RestApi(port).as(token);
        }
    }

    Department department() {
        String agency = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unit = "U-" + UUID.randomUUID();
        String campaignId = launch(agency, unit);
        List<String> members = IntStream.rangeClosed(1, 10).mapToObj(i -> "tv" + i + "-" + agency.toLowerCase())
                .toList();
        return new Department(agency, unit, campaignId,
                TestTokens.person("vp-" + agency, "OFFICE", agency, agency + "-VP").token(),
                TestTokens.person("dv-" + agency, "UNIT", agency, unit).token(), members);
    }

    RestApi member(Department d, int index) {
        return new RestApi(port).as(TestTokens.person(d.members().get(index - 1), "COUNCIL", d.agency(),
                d.agency() + "-VP").token());
    }

    @Test
    void aNominationGoesFromDraftThroughAppraisalAndACouncilSessionToItsDecision() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        RestApi unit = d.as(port, d.unitOfficer());
        importLdtt(d.unit(), 2025, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
                "Hoàng Văn Em", "Vũ Thị Giang", "Đỗ Văn Hải"));

        // The unit drafts, then submits: judged at submission (one CSTĐCS place of 7 LĐTT).
        Reply drafted = unit.post("/api/nominations", person(d.campaignId(), d.unit(), "CHIEN_SI_THI_DUA_CO_SO",
                "Nguyễn Văn An", 2025).put("draft", true).toString()).expect(201);
        String an = drafted.text("/id");
        assertThat(drafted.text("/status")).isEqualTo("DRAFT");
        unit.post("/api/nominations/" + an + "/submit", "{}").expectProblem(422, "innovation-required");
        Reply submitted = unit.post("/api/nominations/" + an + "/submit", "{\"excellentDuty\":true}").expect(200);
        assertThat(submitted.text("/status")).isEqualTo("SUBMITTED");
        assertOneEntry(trail("nomination", an), submitted, "dv-" + d.agency(), "UNIT", d.unit(), "SUBMITTED");
        // A form the rule set sends to the council is not decided straight from submission.
        decideAs(d, an).expectProblem(409, "council-required");

        // Receipt, return with reasons, resubmission, acceptance: each audited once.
        unit.post("/api/nominations/" + an + "/receive").expectProblem(403, "forbidden");
        Reply received = office.post("/api/nominations/" + an + "/receive").expect(200);
        assertOneEntry(trail("nomination", an), received, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP", "RECEIVED");
        office.post("/api/nominations/" + an + "/return", "{\"reasons\":[]}").expectProblem(400, "invalid-request");
        Reply returned = office.post("/api/nominations/" + an + "/return",
                "{\"reasons\":[\"Thiếu biên bản họp bình xét của đơn vị\"]}").expect(200);
        assertThat(returned.body().at("/returns/0/reasons/0").asString()).isEqualTo("Thiếu biên bản họp bình xét của đơn vị");
        assertOneEntry(trail("nomination", an), returned, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP", "RETURNED");
        Reply resubmitted = unit.post("/api/nominations/" + an + "/submit",
                "{\"reason\":\"Đã bổ sung biên bản họp bình xét.\"}").expect(200);
        assertOneEntry(trail("nomination", an), resubmitted, "dv-" + d.agency(), "UNIT", d.unit(), "RESUBMITTED");
        office.post("/api/nominations/" + an + "/accept").expectProblem(409, "not-appraisable");
        office.post("/api/nominations/" + an + "/receive").expect(200);
        Reply accepted = office.post("/api/nominations/" + an + "/accept").expect(200);
        assertThat(accepted.text("/status")).isEqualTo("ACCEPTED");
        assertOneEntry(trail("nomination", an), accepted, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP", "ACCEPTED");

        // A Giấy khen the office also puts before the council (open ballot, more than 50% of all members).
        String unitPrize = office.post("/api/nominations", nomination(d.campaignId(), d.unit(), "GIAY_KHEN").toString())
                .expect(201).text("/id");
        office.post("/api/nominations/" + unitPrize + "/receive").expect(200);
        office.post("/api/nominations/" + unitPrize + "/accept").expect(200);

        // The session: 10 members, tv1 chairs; 8 present (2/3 quorum met), tv9 and tv10 absent.
        Reply scheduled = office.post("/api/council-sessions", schedule(d, List.of(an, unitPrize))).expect(201);
        String session = scheduled.text("/id");
        assertOneEntry(trail("council-session", session), scheduled, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP",
                "SCHEDULED");
        assertThat(new RestApi(port).as(d.office()).get("/api/nominations/" + an).text("/status")).isEqualTo("COUNCIL");
        office.get("/api/council-sessions/" + session + "/minutes").expectProblem(409, "session-not-closed");
        Reply opened = office.post("/api/council-sessions/" + session + "/open",
                present(d.members().subList(0, 8))).expect(200);
        assertOneEntry(trail("council-session", session), opened, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP",
                "OPENED");

        // CSTĐCS, secret: 8 approve in the room, the absent tv9 approves in writing, tv10 rejects: 9/10 = 90%.
        for (int i = 1; i <= 8; i++) {
            Reply voted = member(d, i).post(itemPath(session, an) + "/votes", "{\"choice\":\"APPROVE\"}").expect(200);
            if (i == 1) {
                assertOneEntry(trail("council-session", session), voted, d.members().get(0), "COUNCIL",
                        d.agency() + "-VP", "VOTED");
                assertThat(voted.body().at("/agenda/0/papers").isMissingNode()
                        || voted.body().at("/agenda/0/papers").isNull()).as("no secret paper before closing").isTrue();
            }
        }
        member(d, 1).post(itemPath(session, an) + "/votes", "{\"choice\":\"REJECT\"}").expectProblem(409, "already-voted");
        member(d, 9).post(itemPath(session, an) + "/votes", "{\"choice\":\"APPROVE\"}").expectProblem(409, "not-present");
        Reply written = office.post(itemPath(session, an) + "/written-votes", writtenVote(d.members().get(8), "APPROVE",
                "PBQ-09")).expect(200);
        assertOneEntry(trail("council-session", session), written, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP",
                "WRITTEN_VOTE");
        office.post(itemPath(session, an) + "/written-votes", writtenVote(d.members().get(9), "REJECT", "PBQ-10"))
                .expect(200);

        // Giấy khen, open: tv1 recuses; 4 approve, 3 reject: 4 of the 9 left is not more than 50%.
        Reply recused = member(d, 1).post(itemPath(session, unitPrize) + "/recusals",
                "{\"reason\":\"Là thủ trưởng của đơn vị được đề nghị\"}").expect(200);
        assertOneEntry(trail("council-session", session), recused, d.members().get(0), "COUNCIL", d.agency() + "-VP",
                "RECUSED");
        member(d, 1).post(itemPath(session, unitPrize) + "/votes", "{\"choice\":\"APPROVE\"}")
                .expectProblem(409, "recused");
        for (int i = 2; i <= 8; i++) {
            member(d, i).post(itemPath(session, unitPrize) + "/votes",
                    "{\"choice\":\"" + (i <= 5 ? "APPROVE" : "REJECT") + "\"}").expect(200);
        }

        assertSecretBallotIsUnlinkable(session, an, d.members());

        Reply closed = office.post("/api/council-sessions/" + session + "/close").expect(200);
        assertOneEntry(trail("council-session", session), closed, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP",
                "CLOSED");
        JsonNode results = closed.body().get("results");
        assertThat(results.get(0).get("approvals").asInt()).isEqualTo(9);
        assertThat(results.get(0).get("denominator").asInt()).isEqualTo(10);
        assertThat(results.get(0).get("passed").asBoolean()).isTrue();
        assertThat(results.get(1).get("approvals").asInt()).isEqualTo(4);
        assertThat(results.get(1).get("denominator").asInt()).isEqualTo(9);
        assertThat(results.get(1).get("recused").asInt()).isEqualTo(1);
        assertThat(results.get(1).get("passed").asBoolean()).isFalse();
        // The published papers of the secret ballot: as many as the markers, hashing to the published digest.
        JsonNode secret = closed.body().at("/agenda/0");
        assertThat(secret.get("papers")).hasSize(secret.get("voted").size()).hasSize(10)
                .allSatisfy(p -> assertThat(p.has("member") && !p.get("member").isNull()).isFalse());
        assertThat(results.get(0).get("tallyDigest").asString()).isEqualTo(digest(session, an, secret.get("papers")));

        assertThat(office.get("/api/nominations/" + an).text("/status")).isEqualTo("COUNCIL_APPROVED");
        assertThat(office.get("/api/nominations/" + unitPrize).text("/status")).isEqualTo("COUNCIL_REJECTED");
        decideAs(d, an).expect(200);
        decideAs(d, unitPrize).expectProblem(409, "not-decidable");

        RestApi.Download minutes = office.download("/api/council-sessions/" + session + "/minutes").expect(200);
        assertThat(new String(minutes.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        member(d, 2).download("/api/council-sessions/" + session + "/minutes").expect(200);
    }

    /**
     * What is stored for a secret ballot: markers (who voted) apart from papers (random id and choice);
     * no paper names or is placed near a voter, and the papers are in the order of their random ids,
     * not the order the members voted in; the audit trail says who voted, never how.
     */
    void assertSecretBallotIsUnlinkable(String session, String item, List<String> members) {
        Document stored = mongo.getCollection("council_sessions").find(new Document("_id", session)).first();
        Document ballot = stored.get("ballots", Document.class).get(item, Document.class);
        List<Document> papers = ballot.getList("papers", Document.class);
        assertThat(ballot.getList("voters", String.class)).hasSize(10);
        assertThat(papers).hasSize(10).allSatisfy(paper -> {
            assertThat(paper.keySet()).containsExactlyInAnyOrder("paperId", "choice");
            assertThat(paper.toJson()).doesNotContain(members.toArray(String[]::new));
        });
        List<String> ids = papers.stream().map(p -> p.getString("paperId")).toList();
        assertThat(ids).isSorted();
        assertThat(ballot.getList("writtenVotes", Document.class)).allSatisfy(w ->
                assertThat(w.keySet()).containsExactlyInAnyOrder("member", "formReference", "recordedBy"));
        assertThat(stored.getList("auditTrail", Document.class).stream()
                .filter(e -> List.of("VOTED", "WRITTEN_VOTE").contains(e.getString("action")))
                .filter(e -> e.getString("detail").contains(item)).toList())
                .hasSize(10).allSatisfy(e -> assertThat(e.getString("detail"))
                        .doesNotContain("Đồng ý").doesNotContain("Không đồng ý").doesNotContain("APPROVE"));
    }

    @Test
    void aSessionWithoutTheQuorumOfItsRosterCannotOpen() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String accepted = acceptedGiayKhen(d, office);
        String session = office.post("/api/council-sessions", schedule(d, List.of(accepted))).expect(201).text("/id");

        String detail = office.post("/api/council-sessions/" + session + "/open", present(d.members().subList(0, 6)))
                .expectProblem(422, "quorum-not-met");
        assertThat(detail).contains("2/3", "(7/10)", "có mặt 6");
        member(d, 1).post(itemPath(session, accepted) + "/votes", "{\"choice\":\"APPROVE\"}")
                .expectProblem(409, "session-not-open");
        office.post("/api/council-sessions/" + session + "/open", present(d.members().subList(0, 7))).expect(200);
        office.post("/api/council-sessions/" + session + "/open", present(d.members())).expectProblem(409, "not-openable");
    }

    @Test
    void parallelSubmissionsCannotTakeMoreQuotaPlacesThanAllowed() throws Exception {
        Department d = department();
        List<String> people = IntStream.rangeClosed(1, 14).mapToObj(i -> "Người Số " + i).toList();
        importLdtt(d.unit(), 2025, people);
        // 15% of 14 LĐTT allows 2 CSTĐCS; 8 officers submit at once.
        List<Callable<Reply>> submissions = people.subList(0, 8).stream().<Callable<Reply>>map(name -> () ->
                d.as(port, d.office()).post("/api/nominations", person(d.campaignId(), d.unit(),
                        "CHIEN_SI_THI_DUA_CO_SO", name, 2025).put("excellentDuty", true).toString())).toList();
        List<Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Reply> reply : pool.invokeAll(submissions)) {
                replies.add(reply.get());
            }
        }
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(2);
        assertThat(replies.stream().filter(r -> r.status() != 201)).hasSize(6)
                .allSatisfy(r -> assertThat(r.expectProblem(422, "quota-exceeded")).contains("/2 chỉ tiêu"));
        Document slots = mongo.getCollection("quota_slots")
                .find(new Document("_id", d.unit() + "|CHIEN_SI_THI_DUA_CO_SO|2025")).first();
        assertThat(slots.getInteger("taken")).isEqualTo(2);
        assertThat(api("admin").get("/api/nominations?unitId=" + d.unit()).body()).hasSize(2);
    }

    /** Every new endpoint for every kind of caller, with the exact status. */
    static final String COUNCIL_MATRIX = """
            endpoint                                     anonymous admin office office2 unit viewer council1 council3 leader client
            POST /api/council-sessions                         401   201    201     403  403    403      403      403    403    403
            GET /api/council-sessions                          401   200    200     200  403    403      200      200    200    403
            GET /api/council-sessions/{id}                     401   200    200     403  403    403      200      403    200    403
            POST /api/council-sessions/{id}/open               401   200    200     403  403    403      403      403    403    403
            POST /api/council-sessions/{id}/items/{n}/votes    401   403    403     403  403    403      200      403    403    403
            POST /api/council-sessions/{id}/items/{n}/recusals 401   403    403     403  403    403      200      403    403    403
            POST /api/council-sessions/{id}/items/{n}/written-votes 401 200 200     403  403    403      403      403    403    403
            POST /api/council-sessions/{id}/close              401   200    200     403  403    403      403      403    403    403
            GET /api/council-sessions/{id}/minutes             401   200    200     403  403    403      200      403    200    403
            POST /api/nominations/{id}/submit                  401   200    200     403  200    403      403      403    403    403
            POST /api/nominations/{id}/receive                 401   200    200     403  403    403      403      403    403    403
            POST /api/nominations/{id}/return                  401   200    200     403  403    403      403      403    403    403
            POST /api/nominations/{id}/accept                  401   200    200     403  403    403      403      403    403    403
            """;

    @Test
    void everyNewEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT")));
        Map<String, Function<RestApi, Reply>> calls = new LinkedHashMap<>();
        calls.put("POST /api/council-sessions", api -> api.post("/api/council-sessions",
                snnmtSchedule(List.of(acceptedSnnmt(snnmt)))));
        String closed = openSnnmtSession(snnmt);
        api("office").post("/api/council-sessions/" + closed + "/close").expect(200);
        calls.put("GET /api/council-sessions", api -> api.get("/api/council-sessions"));
        calls.put("GET /api/council-sessions/{id}", api -> api.get("/api/council-sessions/" + closed));
        calls.put("POST /api/council-sessions/{id}/open", api -> api.post("/api/council-sessions/"
                + scheduleSnnmt(snnmt) + "/open", "{\"present\":[\"council1\",\"council2\"]}"));
        calls.put("POST /api/council-sessions/{id}/items/{n}/votes", api -> {
            String session = openSnnmtSession(snnmt);
            return api.post(itemPath(session, firstItem(session)) + "/votes", "{\"choice\":\"APPROVE\"}");
        });
        calls.put("POST /api/council-sessions/{id}/items/{n}/recusals", api -> {
            String session = openSnnmtSession(snnmt);
            return api.post(itemPath(session, firstItem(session)) + "/recusals", "{\"reason\":\"Người thân\"}");
        });
        calls.put("POST /api/council-sessions/{id}/items/{n}/written-votes", api -> {
            String session = openSnnmtSession(snnmt);
            return api.post(itemPath(session, firstItem(session)) + "/written-votes",
                    "{\"member\":\"absent-member\",\"choice\":\"APPROVE\",\"formReference\":\"PBQ-1\"}");
        });
        calls.put("POST /api/council-sessions/{id}/close", api -> api.post("/api/council-sessions/"
                + openSnnmtSession(snnmt) + "/close"));
        calls.put("GET /api/council-sessions/{id}/minutes", api -> {
            RestApi.Download pdf = api.download("/api/council-sessions/" + closed + "/minutes");
            return new Reply(pdf.status(), pdf.headers(), pdf.status() == 200 ? null : JSON.readTree(pdf.body()));
        });
        calls.put("POST /api/nominations/{id}/submit", api -> api.post("/api/nominations/"
                + draftSnnmt(snnmt) + "/submit", "{}"));
        calls.put("POST /api/nominations/{id}/receive", api -> api.post("/api/nominations/"
                + nominateAsAdmin(snnmt, "SNNMT-TTCNTT", "Người Nhận") + "/receive"));
        calls.put("POST /api/nominations/{id}/return", api -> api.post("/api/nominations/"
                + receivedSnnmt(snnmt) + "/return", "{\"reasons\":[\"Thiếu biên bản\"]}"));
        calls.put("POST /api/nominations/{id}/accept", api -> api.post("/api/nominations/"
                + receivedSnnmt(snnmt) + "/accept"));

        List<String> rows = COUNCIL_MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> callers = List.of(rows.getFirst().split("\\s+")).subList(1, 11);
        List<String> failures = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\\s+");
            String endpoint = cells[0] + " " + cells[1];
            assertThat(calls).as("endpoint of the matrix").containsKey(endpoint);
            for (int i = 0; i < callers.size(); i++) {
                int expected = Integer.parseInt(cells[i + 2]);
                Reply reply = calls.get(endpoint).apply(caller(callers.get(i)));
                if (reply.status() != expected) {
                    failures.add(endpoint + " as " + callers.get(i) + ": " + reply.status() + " instead of " + expected
                            + " " + reply.body());
                } else if (expected == 401 || expected == 403) {
                    reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(rows.subList(1, rows.size()).stream()
                .map(r -> String.join(" ", List.of(r.split("\\s+")).subList(0, 2))).toList());

        // Lists hold only what the caller may see.
        assertThat(ids(api("council3").get("/api/council-sessions").body())).doesNotContain(closed);
        assertThat(ids(api("council1").get("/api/council-sessions").body())).contains(closed);
        assertThat(ids(api("office2").get("/api/council-sessions").body())).doesNotContain(closed);
        assertThat(api("office2").get("/api/council-sessions").body())
                .allSatisfy(s -> assertThat(s.get("agency").asString()).isEqualTo("SNV"));
    }

    // --- helpers

    RestApi caller(String name) {
        return switch (name) {
            case "council3" -> new RestApi(port).asDemo("council3");
            default -> api(name);
        };
    }

    Reply decideAs(Department d, String id) {
        return new RestApi(port).as(TestTokens.person("gd-" + d.agency(), "LEADER", d.agency(), d.agency() + "-VP")
                .token()).post("/api/nominations/" + id + "/decide", "{\"signerName\":\"Nguyễn Văn Lộc\","
                        + "\"signerTitle\":\"GIÁM ĐỐC\"}");
    }

    void importLdtt(String unit, int year, List<String> people) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        people.forEach(p -> csv.append("INDIVIDUAL,%s,%s,%d,LAO_DONG_TIEN_TIEN,import\n".formatted(unit, p, year)));
        api("admin").send(HttpMethod.POST, "/api/achievements/import", CSV, csv.toString()).expect(200);
    }

    String acceptedGiayKhen(Department d, RestApi office) {
        String id = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN",
                "Người " + UUID.randomUUID().toString().substring(0, 8), null).toString()).expect(201).text("/id");
        office.post("/api/nominations/" + id + "/receive").expect(200);
        office.post("/api/nominations/" + id + "/accept").expect(200);
        return id;
    }

    String schedule(Department d, List<String> agenda) {
        ObjectNode body = JSON.createObjectNode().put("title", "Phiên họp xét khen thưởng năm 2025")
                .put("meetingAt", "2026-01-15T08:00:00").put("place", "Phòng họp số 1, " + d.agency());
        ArrayNode members = body.putArray("members");
        for (int i = 0; i < d.members().size(); i++) {
            members.addObject().put("username", d.members().get(i)).put("fullName", "Thành viên " + (i + 1))
                    .put("chair", i == 0);
        }
        ArrayNode items = body.putArray("agenda");
        agenda.forEach(items::add);
        return body.toString();
    }

    static String present(List<String> members) {
        ObjectNode body = JSON.createObjectNode();
        members.forEach(body.putArray("present")::add);
        return body.toString();
    }

    static String writtenVote(String member, String choice, String reference) {
        return JSON.createObjectNode().put("member", member).put("choice", choice).put("formReference", reference)
                .toString();
    }

    static String itemPath(String session, String nominationId) {
        return "/api/council-sessions/" + session + "/items/" + nominationId;
    }

    /** The digest as anyone holding the published papers computes it. */
    static String digest(String session, String item, JsonNode papers) {
        StringBuilder text = new StringBuilder(session).append('\n').append(item).append('\n');
        List<String> lines = new ArrayList<>();
        papers.forEach(p -> lines.add(p.get("paperId").asString() + ":" + p.get("choice").asString()));
        lines.stream().sorted().forEach(line -> text.append(line).append('\n'));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the SNNMT session of the matrix: council1 chairs, council2 sits, "absent-member" is away

    String acceptedSnnmt(String campaignId) {
        String id = receivedSnnmt(campaignId);
        api("office").post("/api/nominations/" + id + "/accept").expect(200);
        return id;
    }

    String receivedSnnmt(String campaignId) {
        String id = nominateAsAdmin(campaignId, "SNNMT-TTCNTT", "Người Thẩm Định");
        api("office").post("/api/nominations/" + id + "/receive").expect(200);
        return id;
    }

    String draftSnnmt(String campaignId) {
        return api("admin").post("/api/nominations", person(campaignId, "SNNMT-TTCNTT", "GIAY_KHEN",
                "Người Dự Thảo " + UUID.randomUUID().toString().substring(0, 8), null).put("draft", true).toString())
                .expect(201).text("/id");
    }

    static String snnmtSchedule(List<String> agenda) {
        ObjectNode body = JSON.createObjectNode().put("meetingAt", "2026-01-20T14:00:00").put("place", "Phòng họp Sở");
        ArrayNode members = body.putArray("members");
        members.addObject().put("username", "council1").put("fullName", "Thành viên Một").put("chair", true);
        members.addObject().put("username", "council2").put("fullName", "Thành viên Hai");
        members.addObject().put("username", "absent-member").put("fullName", "Thành viên Vắng");
        agenda.forEach(body.putArray("agenda")::add);
        return body.toString();
    }

    String scheduleSnnmt(String campaignId) {
        return api("office").post("/api/council-sessions", snnmtSchedule(List.of(acceptedSnnmt(campaignId))))
                .expect(201).text("/id");
    }

    String openSnnmtSession(String campaignId) {
        String session = scheduleSnnmt(campaignId);
        api("office").post("/api/council-sessions/" + session + "/open", "{\"present\":[\"council1\",\"council2\"]}")
                .expect(200);
        return session;
    }

    String firstItem(String session) {
        return api("admin").get("/api/council-sessions/" + session).body().at("/agenda/0/item/nominationId").asString();
    }
}
