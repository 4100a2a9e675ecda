package vn.thidua.award.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.award.nomination.NominationStatus;
import vn.thidua.award.rules.FormRule;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.web.DomainException;

/**
 * Public disclosure (công khai): the office publishes a list of accepted nominations for the working
 * days its rules require; anyone reads it and may object; the council may not vote on a nomination
 * whose rules require disclosure until a list holding it has been up for its whole window.
 */
@Service
public class Disclosures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MongoTemplate mongo;
    private final NominationService nominations;
    private final Sequences counters;
    private final HolidayTables calendar;
    private final ObjectionProperties limits;
    private final Clock clock;
    private final ZoneId zone;

    private final AggregateStore store;
    private final EventOutbox outbox;

    public Disclosures(MongoTemplate mongo, NominationService nominations, Sequences counters,
            HolidayTables calendar, ObjectionProperties limits, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone, AggregateStore store,
            EventOutbox outbox) {
        this.store = store;
        this.outbox = outbox;
        this.mongo = mongo;
        this.nominations = nominations;
        this.counters = counters;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Publishes today a list of accepted nominations of one deciding agency (its office, or an
     * administrator), up for the longest window their rules require.
     */
    public Disclosure publish(String title, List<String> nominationIds, Actor actor, Who who) {
        List<Nomination> listed = new ArrayList<>();
        int workingDays = 0;
        for (String id : nominationIds.stream().distinct().toList()) {
            Nomination n = nominations.get(id);
            if (n.status() != NominationStatus.ACCEPTED && n.status() != NominationStatus.COUNCIL) {
                throw DomainException.conflict("not-disclosable", "Đề nghị " + id + " đang ở trạng thái \""
                        + n.status().label() + "\"; chỉ công khai các đề nghị đã thẩm định, trình Hội đồng.");
            }
            if (!listed.isEmpty() && !listed.getFirst().issuingAgency().equals(n.issuingAgency())) {
                throw DomainException.rejected("disclosure-mixed-agencies", "Một danh sách công khai chỉ gồm đề nghị "
                        + "của một cơ quan; đề nghị " + id + " thuộc cơ quan " + n.issuingAgency() + ".");
            }
            listed.add(n);
            Integer days = nominations.rulesOf(n).disclosureWorkingDays();
            workingDays = Math.max(workingDays, days == null ? 0 : days);
        }
        String agency = listed.getFirst().issuingAgency();
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.OFFICE) && actor.belongsTo(agency))) {
            throw DomainException.forbidden("Chỉ Văn phòng cơ quan " + agency + " được công khai danh sách đề nghị "
                    + "khen thưởng của cơ quan.");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate endsOn = calendar.calendar().windowEnd(today, workingDays);
        Instant now = clock.instant();
        String id = "ck-%04d".formatted(counters.next("disclosure"));
        String heading = title == null || title.isBlank() ? "Danh sách đề nghị khen thưởng" : title.strip();
        List<Disclosure.Item> items = listed.stream().map(n -> new Disclosure.Item(n.id(), n.nomineeDescription(),
                n.unitName(), n.formName())).toList();
        Disclosure disclosure = new Disclosure(id, agency, heading, items, today, workingDays, endsOn,
                endsOn.plusDays(1), who.subject(), now, List.of(AuditEntry.of(who, now, "PUBLISHED", "Công khai "
                        + heading + " (" + items.size() + " đề nghị) trong " + workingDays + " ngày làm việc, từ "
                        + DAY.format(today) + " đến hết " + DAY.format(endsOn) + ".").change(null, "Đang công khai")));
        store.insert(disclosure, List.of(outbox.record(disclosure.opened())));
        return disclosure;
    }

    /** Published lists, latest first: public. */
    public List<Disclosure> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "publishedAt", "_id")), Disclosure.class);
    }

    public Disclosure get(String id) {
        Disclosure found = mongo.findById(id, Disclosure.class);
        if (found == null) {
            throw DomainException.notFound("disclosure-not-found", "Không tìm thấy danh sách công khai " + id + ".");
        }
        return found;
    }

    /** What someone lodges: who they say they are (may be blank), the text, optionally which nominee. */
    public record ObjectionCommand(String name, String contact, String text, String nominationId) {
    }

    /**
     * Lodges an objection, signed in or not, while the list is up; at most the configured number per
     * address within the window (429 otherwise). Stored with its one audit entry.
     */
    public Objection object(String disclosureId, ObjectionCommand command, Actor actor, Who who) {
        Disclosure disclosure = get(disclosureId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!disclosure.openOn(today)) {
            throw DomainException.conflict("disclosure-closed", "Thời hạn công khai danh sách " + disclosureId
                    + " đã kết thúc ngày " + DAY.format(disclosure.endsOn()) + ".");
        }
        String nominationId = blankToNull(command.nominationId());
        if (nominationId != null && !disclosure.lists(nominationId)) {
            throw DomainException.rejected("not-in-disclosure", "Đề nghị " + nominationId
                    + " không có trong danh sách công khai " + disclosureId + ".");
        }
        Instant now = clock.instant();
        String address = who.address() == null ? "unknown" : who.address();
        long recent = mongo.count(new Query(Criteria.where("address").is(address).and("at")
                .gte(now.minus(limits.window()))), Objection.class);
        if (recent >= limits.perAddress()) {
            throw new TooManyRequests("too-many-objections", "Bạn đã gửi " + recent + " ý kiến phản ánh trong thời gian "
                    + "ngắn; vui lòng gửi lại sau.");
        }
        String name = blankToNull(command.name());
        String id = "pa-%05d".formatted(counters.next("objection"));
        Objection objection = new Objection(id, disclosureId, disclosure.agency(), nominationId, name,
                blankToNull(command.contact()), command.text().strip(), actor.isAnonymous() ? null : actor.subject(),
                address, now, List.of(AuditEntry.of(who, now, "OBJECTED", "Ý kiến phản ánh về danh sách công khai "
                        + disclosureId + (nominationId == null ? "" : ", đề nghị " + nominationId) + " của "
                        + (name == null ? "người không nêu tên" : name) + ".").change(null, "Đã tiếp nhận")));
        mongo.insert(objection);
        return objection;
    }

    /** The objections to a list: staff of its agency (office, leaders, council), administrators. */
    public List<Objection> objections(String disclosureId, Actor actor) {
        Disclosure disclosure = get(disclosureId);
        if (!actor.has(Role.ADMIN) && !(actor.hasAny(Role.OFFICE, Role.LEADER, Role.COUNCIL)
                && actor.belongsTo(disclosure.agency()))) {
            throw DomainException.forbidden("Chỉ cán bộ cơ quan " + disclosure.agency() + " được xem ý kiến phản ánh.");
        }
        return mongo.find(new Query(Criteria.where("disclosureId").is(disclosureId)).with(Sort.by("at", "_id")),
                Objection.class);
    }

    /**
     * Refuses a vote on a nomination whose rules require disclosure (409 with the date it may be voted
     * on) until a list holding it has been up for its whole window.
     */
    public void ensureVotingOpen(String nominationId) {
        Nomination n = nominations.get(nominationId);
        RuleSet rules = nominations.rulesOf(n);
        boolean required = rules.rule(n.form()).map(FormRule::disclosureRequired).orElse(false);
        if (!required) {
            return;
        }
        Optional<Disclosure> earliest = mongo.find(new Query(Criteria.where("items.nominationId").is(nominationId)),
                Disclosure.class).stream().min(Comparator.comparing(Disclosure::votingFrom));
        if (earliest.isEmpty()) {
            throw DomainException.conflict("disclosure-required", n.formName() + " phải được công khai "
                    + rules.disclosureWorkingDays() + " ngày làm việc trước khi Hội đồng biểu quyết; đề nghị "
                    + nominationId + " chưa được công khai.");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = earliest.get().votingFrom();
        if (today.isBefore(from)) {
            throw DomainException.conflict("disclosure-window-open", "Đề nghị " + nominationId + " đang được công khai "
                    + "đến hết ngày " + DAY.format(earliest.get().endsOn()) + "; Hội đồng chỉ được biểu quyết từ ngày "
                    + DAY.format(from) + ".");
        }
    }

    public long objectionCount(String disclosureId) {
        return mongo.count(new Query(Criteria.where("disclosureId").is(disclosureId)), Objection.class);
    }

    /** Whether the list is still up today (in Vietnam). */
    public boolean open(Disclosure disclosure) {
        return disclosure.openOn(LocalDate.now(clock.withZone(zone)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
