package vn.thidua.award.history;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.award.catalogue.CommendationCatalogue;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.config.AccessPolicy;
import vn.thidua.award.directory.UnitCopy;
import vn.thidua.award.directory.UnitDirectory;
import vn.thidua.award.history.CsvLines.Line;
import vn.thidua.award.history.ImportRejected.RowError;
import vn.thidua.award.nomination.NomineeKey;
import vn.thidua.award.rules.Holder;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * The achievement history: recorded from decisions, imported for past years, read per unit and
 * person. Each achievement carries its unit's department, which scopes who reads and imports it.
 */
@Service
public class AchievementHistory {

    static final List<String> HEADER = List.of("kind", "unitId", "name", "year", "title", "source");
    /** The Democratic Republic's first emulation call (1948) is older than any record worth importing. */
    static final int FIRST_YEAR = 1945;
    private static final Logger log = LoggerFactory.getLogger(AchievementHistory.class);

    private final MongoTemplate mongo;
    private final UnitDirectory units;
    private final CommendationCatalogue catalogue;
    private final Clock clock;
    private final ZoneId zone;

    public AchievementHistory(MongoTemplate mongo, UnitDirectory units, CommendationCatalogue catalogue, Clock clock,
            @Value("${thidua.award.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.mongo = mongo;
        this.units = units;
        this.catalogue = catalogue;
        this.clock = clock;
        this.zone = zone;
    }

    /** A decided award, as the decision states it; {@code agencyCode} is the unit's department. */
    public record Decided(Holder holder, String unitName, String personName, String agencyCode, int year, String title,
            String decisionNumber, LocalDate decisionDate, String nominationId) {
    }

    /**
     * Records a decided award; idempotent by nature: the id is the achievement's, so a redelivered
     * decision (or one already imported) inserts nothing.
     */
    public void recordDecided(Decided decided, String actor) {
        CommendationForm form = catalogue.require(decided.title());
        String id = Achievement.idOf(decided.holder(), decided.year(), form.code(), form.category(),
                decided.decisionNumber());
        Update onInsert = new Update()
                .setOnInsert("holderKind", decided.holder().kind())
                .setOnInsert("unitId", decided.holder().unitId())
                .setOnInsert("unitName", decided.unitName())
                .setOnInsert("agencyCode", decided.agencyCode())
                .setOnInsert("personName", decided.personName())
                .setOnInsert("nameKey", decided.holder().nameKey())
                .setOnInsert("year", decided.year())
                .setOnInsert("title", form.code())
                .setOnInsert("titleName", form.name())
                .setOnInsert("source", decided.decisionNumber())
                .setOnInsert("decisionDate", decided.decisionDate())
                .setOnInsert("nominationId", decided.nominationId())
                .setOnInsert("recordedBy", actor)
                .setOnInsert("recordedAt", clock.instant());
        if (mongo.upsert(new Query(Criteria.where("_id").is(id)), onInsert, Achievement.class).getUpsertedId() == null) {
            log.debug("Achievement {} was already in the history", id);
        }
    }

    /**
     * Marks the achievement a revoked decision gave as revoked (kept as history; eligibility and
     * quotas no longer count it). Idempotent.
     */
    public void markRevoked(String nominationId, String reason, Instant revokedAt) {
        mongo.updateMulti(new Query(Criteria.where("nominationId").is(nominationId).and("revokedAt").is(null)),
                new Update().set("revokedAt", revokedAt).set("revocationReason", reason), Achievement.class);
    }

    public Optional<Achievement> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Achievement.class));
    }

    /**
     * The history of a unit and/or a person (name compared as {@link NomineeKey} does), oldest first,
     * as far as the actor may see it: administrators and services with {@code award.read} everything;
     * office staff, leaders and the council their department's units; a unit officer their own unit.
     */
    public List<Achievement> find(String unitId, String name, Actor actor) {
        List<Criteria> filters = new ArrayList<>();
        if (unitId != null && !unitId.isBlank()) {
            filters.add(Criteria.where("unitId").is(unitId.strip()));
        }
        if (name != null && !name.isBlank()) {
            filters.add(Criteria.where("nameKey").is(NomineeKey.normalise(name)));
        }
        visibleTo(actor).ifPresent(filters::add);
        Criteria criteria = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
        return mongo.find(new Query(criteria).with(Sort.by("year", "title", "_id")), Achievement.class);
    }

    /**
     * What one holder received, oldest first, revoked ones included (marked): for documents about a
     * nomination the caller may already read, so no further scoping.
     */
    public List<Achievement> of(Holder holder) {
        Criteria criteria = Criteria.where("unitId").is(holder.unitId()).and("holderKind").is(holder.kind());
        if (holder.kind() == NomineeKind.INDIVIDUAL) {
            criteria = criteria.and("nameKey").is(holder.nameKey());
        }
        return mongo.find(new Query(criteria).with(Sort.by("year", "title", "_id")), Achievement.class);
    }

    /** The achievements the actor may read; empty when they read all; 403 when they read none. */
    private static Optional<Criteria> visibleTo(Actor actor) {
        if (actor.has(Role.ADMIN) || actor.hasScope(AccessPolicy.READ_SCOPE)) {
            return Optional.empty();
        }
        List<Criteria> any = new ArrayList<>();
        if (actor.agency() != null && actor.hasAny(Role.OFFICE, Role.LEADER, Role.COUNCIL)) {
            any.add(Criteria.where("agencyCode").is(actor.agency()));
        }
        if (actor.unit() != null && actor.has(Role.UNIT)) {
            any.add(Criteria.where("unitId").is(actor.unit()));
        }
        if (any.isEmpty()) {
            throw DomainException.forbidden("Bạn không có quyền xem lịch sử thành tích.");
        }
        return Optional.of(new Criteria().orOperator(any));
    }

    /**
     * Imports past years from CSV ({@code kind,unitId,name,year,title,source}, UTF-8): all rows or
     * none. Office staff import only for the units of their department (403 naming every other row);
     * every bad row is reported with its line number (422 {@code import-invalid}). The import is
     * audited once, with the number of achievements it added.
     *
     * @return how many achievements were imported
     */
    public int importCsv(byte[] body, Actor actor, Who who) {
        List<Line> lines = CsvLines.parse(utf8(body));
        if (lines.isEmpty() || lines.getFirst().number() != 1 || !header(lines.getFirst())) {
            throw ImportRejected.rows(List.of(new RowError(1, "dòng đầu phải là tiêu đề "
                    + String.join(",", HEADER))));
        }
        List<Line> data = lines.subList(1, lines.size());
        Map<String, UnitCopy> known = units.find(data.stream().map(AchievementHistory::unitIdOf)
                .filter(id -> !id.isEmpty()).distinct().toList());
        if (!actor.has(Role.ADMIN)) {
            ensureOwnAgency(data, known, actor);
        }
        String importId = "import-" + UUID.randomUUID();
        String by = who.subject();
        List<RowError> errors = new ArrayList<>();
        List<Achievement> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
        for (Line line : data) {
            List<String> reasons = new ArrayList<>();
            Achievement row = row(line, thisYear, reasons, importId, by, known);
            if (row != null) {
                Integer first = seen.putIfAbsent(row.id(), line.number());
                if (first != null) {
                    reasons.add("trùng với dòng " + first);
                } else {
                    find(row.id()).ifPresent(existing -> reasons.add("đã có trong lịch sử khen thưởng (nguồn "
                            + existing.source() + ")"));
                }
            }
            if (reasons.isEmpty()) {
                rows.add(row);
            } else {
                errors.add(new RowError(line.number(), String.join("; ", reasons)));
            }
        }
        if (!errors.isEmpty()) {
            throw ImportRejected.rows(errors);
        }
        if (rows.isEmpty()) {
            throw ImportRejected.rows(List.of(new RowError(1, "tệp không có dòng dữ liệu nào")));
        }
        insertAllOrNone(rows, importRecord(importId, rows, who));
        return rows.size();
    }

    /** The import's own record, with its one audit entry. */
    private AchievementImport importRecord(String importId, List<Achievement> rows, Who who) {
        Instant at = clock.instant();
        Set<String> agencies = new TreeSet<>();
        Set<String> unitIds = new TreeSet<>();
        rows.forEach(row -> {
            agencies.add(row.agencyCode());
            unitIds.add(row.unitId());
        });
        AuditEntry entry = AuditEntry.of(who, at, "IMPORTED", "Nhập " + rows.size()
                + " thành tích các năm trước từ tệp CSV cho đơn vị " + String.join(", ", unitIds) + ".")
                .change(null, rows.size() + " thành tích");
        return new AchievementImport(importId, List.copyOf(agencies), rows.size(), who.subject(), at, List.of(entry));
    }

    /**
     * No transactions: if a row was recorded meanwhile (a decision), or the import's record cannot be
     * written, what this import inserted is removed again.
     */
    private void insertAllOrNone(List<Achievement> rows, AchievementImport record) {
        try {
            mongo.insertAll(rows);
        } catch (DataAccessException raced) {
            mongo.remove(new Query(Criteria.where("importId").is(record.id())), Achievement.class);
            throw DomainException.conflict("import-conflict", "Trong lúc nhập, một thành tích của tệp vừa được ghi "
                    + "vào lịch sử; không dòng nào được nhập, hãy gửi lại tệp.");
        }
        try {
            mongo.insert(record);
        } catch (DataAccessException unrecorded) {
            mongo.remove(new Query(Criteria.where("importId").is(record.id())), Achievement.class);
            throw unrecorded;
        }
    }

    /** Office staff import for their department only: every row of another's (or an unknown) unit is named. */
    private static void ensureOwnAgency(List<Line> data, Map<String, UnitCopy> known, Actor actor) {
        List<RowError> foreign = new ArrayList<>();
        for (Line line : data) {
            String unitId = unitIdOf(line);
            if (unitId.isEmpty()) {
                continue;
            }
            UnitCopy unit = known.get(unitId);
            if (unit == null) {
                foreign.add(new RowError(line.number(), "đơn vị " + unitId + " chưa có trong danh bạ đơn vị"));
            } else if (!actor.belongsTo(unit.agencyCode())) {
                foreign.add(new RowError(line.number(), "đơn vị " + unitId + " thuộc cơ quan " + unit.agencyCode()));
            }
        }
        if (!foreign.isEmpty()) {
            throw ImportRejected.notOwnAgency(actor.agency(), foreign);
        }
    }

    /** The unit id a line names (its second field), empty when it names none. */
    private static String unitIdOf(Line line) {
        return line.problem() == null && line.fields().size() > 1 ? line.fields().get(1).strip() : "";
    }

    private Achievement row(Line line, int thisYear, List<String> reasons, String importId, String actor,
            Map<String, UnitCopy> known) {
        if (line.problem() != null) {
            reasons.add(line.problem());
            return null;
        }
        List<String> f = line.fields().stream().map(String::strip).toList();
        if (f.size() != HEADER.size()) {
            reasons.add("cần " + HEADER.size() + " cột (" + String.join(",", HEADER) + "), có " + f.size());
            return null;
        }
        NomineeKind kind = kind(f.get(0), reasons);
        String unitId = f.get(1);
        if (unitId.isEmpty()) {
            reasons.add("thiếu mã đơn vị (unitId)");
        } else if (!known.containsKey(unitId)) {
            reasons.add("đơn vị " + unitId + " chưa có trong danh bạ đơn vị");
        }
        String name = Normalizer.normalize(f.get(2), Normalizer.Form.NFC);
        if (kind == NomineeKind.INDIVIDUAL && name.isEmpty()) {
            reasons.add("thiếu họ và tên cá nhân (name)");
        }
        Integer year = year(f.get(3), thisYear, reasons);
        Optional<CommendationForm> form = catalogue.find(f.get(4));
        if (form.isEmpty()) {
            reasons.add("không có danh hiệu, hình thức khen thưởng mã \"" + f.get(4) + "\"");
        } else if (kind != null && !form.get().appliesTo(kind)) {
            reasons.add(form.get().name() + " không áp dụng cho "
                    + (kind == NomineeKind.COLLECTIVE ? "tập thể" : "cá nhân"));
        }
        String source = f.get(5);
        if (source.isEmpty()) {
            reasons.add("thiếu nguồn (số quyết định hoặc \"import\")");
        }
        if (!reasons.isEmpty()) {
            return null;
        }
        Holder holder = new Holder(kind, unitId, NomineeKey.normalise(name));
        CommendationForm title = form.orElseThrow();
        return new Achievement(Achievement.idOf(holder, year, title.code(), title.category(), source), kind, unitId,
                null, known.get(unitId).agencyCode(), kind == NomineeKind.INDIVIDUAL ? name : null, holder.nameKey(), year, title.code(), title.name(),
                source, null, null, importId, actor, clock.instant(), null, null);
    }

    private static NomineeKind kind(String value, List<String> reasons) {
        try {
            return NomineeKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add("kind phải là INDIVIDUAL hoặc COLLECTIVE, không phải \"" + value + "\"");
            return null;
        }
    }

    private static Integer year(String value, int thisYear, List<String> reasons) {
        try {
            int year = Integer.parseInt(value);
            if (year < FIRST_YEAR || year > thisYear) {
                reasons.add("năm " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + thisYear);
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            reasons.add("năm \"" + value + "\" không phải một số");
            return null;
        }
    }

    private static boolean header(Line line) {
        return line.problem() == null && line.fields().stream().map(String::strip).toList().equals(HEADER);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("csv-not-utf8",
                    "Tệp CSV phải được mã hóa UTF-8 (có thể lưu lại bằng \"CSV UTF-8\" trong Excel).");
        }
    }
}
