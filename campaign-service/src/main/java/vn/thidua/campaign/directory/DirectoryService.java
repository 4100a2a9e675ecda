package vn.thidua.campaign.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.contracts.campaign.DirectoryEvent;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/** The organisation directory: agencies, their units and contacts, and the events that announce them. */
@Service
public class DirectoryService {

    private final AgencyRepository agencies;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final MongoTemplate mongo;
    private final Clock clock;

    public DirectoryService(AgencyRepository agencies, AggregateStore store, EventOutbox outbox, MongoTemplate mongo,
            Clock clock) {
        this.agencies = agencies;
        this.store = store;
        this.outbox = outbox;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Creates the agency or replaces its description, with the unit events it causes in the same
     * write; the same request twice changes and publishes nothing the second time.
     */
    public Agency upsert(String code, AgencyDetails details, Who who) {
        ensureUnitCodesFree(code, details);
        Instant now = clock.instant();
        Optional<Agency> existing = agencies.findById(code);
        if (existing.isEmpty()) {
            Agency agency = Agency.register(code, details, now, who);
            try {
                store.insert(agency, record(agency, agency.registrationEvents()));
            } catch (DuplicateKeyException concurrent) {
                throw DomainException.conflict("concurrent-modification",
                        "Cơ quan " + code + " vừa được người khác thêm; vui lòng tải lại rồi thử lại.");
            }
            return agency;
        }
        Agency agency = existing.get();
        if (agency.isDescribedBy(details)) {
            return agency;
        }
        List<DirectoryEvent> announced = agency.revise(details, now, who);
        store.update(agency, record(agency, announced));
        return agency;
    }

    public List<Agency> agencies() {
        return agencies.findAll(Sort.by("code"));
    }

    public Optional<Agency> findAgency(String code) {
        return agencies.findById(code);
    }

    public Agency agency(String code) {
        return findAgency(code).orElseThrow(() -> DomainException.notFound("agency-not-found",
                "Không tìm thấy cơ quan " + code + " trong danh bạ."));
    }

    /**
     * Units across agencies whose name or code contains the query, ignoring case and diacritics;
     * units whose validity has ended only when {@code includeHistory}.
     */
    public List<UnitListing> units(String query, boolean includeHistory) {
        boolean all = query == null || VietnameseText.normalise(query).isEmpty();
        Query find = all ? new Query()
                : new Query(Criteria.where("units.searchKey").regex(VietnameseText.containsPattern(query)));
        String wanted = VietnameseText.normalise(query);
        LocalDate today = VietnamDates.today(clock);
        return mongo.find(find.with(Sort.by("_id")), Agency.class).stream()
                .flatMap(agency -> agency.units().stream()
                        .filter(unit -> all || unit.searchKey().contains(wanted))
                        .filter(unit -> includeHistory || !unit.isHistoryOn(today))
                        .map(unit -> UnitListing.of(agency, unit)))
                .toList();
    }

    /**
     * The units with these codes, in the order asked, each with its agency, for a new movement:
     * units whose validity has ended are history and cannot take part any more.
     */
    public List<UnitListing> resolveUnits(List<String> unitCodes) {
        Map<String, UnitListing> found = new LinkedHashMap<>();
        for (Agency agency : agencies.findByUnitsCodeIn(unitCodes)) {
            agency.units().stream()
                    .filter(unit -> unitCodes.contains(unit.code()))
                    .forEach(unit -> found.put(unit.code(), UnitListing.of(agency, unit)));
        }
        LocalDate today = VietnamDates.today(clock);
        return unitCodes.stream()
                .map(code -> Optional.ofNullable(found.get(code)).orElseThrow(() -> DomainException.rejected(
                        "unknown-unit", "Không tìm thấy đơn vị " + code + " trong danh bạ.")))
                .peek(unit -> {
                    if (unit.validTo() != null && unit.validTo().isBefore(today)) {
                        throw DomainException.rejected("unit-no-longer-valid", "Đơn vị " + unit.name() + " ("
                                + unit.code() + ") chỉ có hiệu lực đến hết ngày " + VietnamDates.format(unit.validTo())
                                + ", không thể chọn tham gia phong trào mới.");
                    }
                })
                .toList();
    }

    private List<OutboxEvent> record(Agency agency, List<DirectoryEvent> events) {
        List<OutboxEvent> recorded = events.stream().map(outbox::record).toList();
        recorded.forEach(agency::addPendingEvent);
        return recorded;
    }

    /** A unit code belongs to one agency only, so a movement's participant resolves unambiguously. */
    private void ensureUnitCodesFree(String code, AgencyDetails details) {
        List<String> codes = details.units().stream().map(Unit::code).toList();
        if (codes.isEmpty()) {
            return;
        }
        agencies.findByUnitsCodeIn(codes).stream()
                .filter(other -> !other.code().equals(code))
                .sorted(Comparator.comparing(Agency::code))
                .findFirst()
                .ifPresent(other -> {
                    String taken = other.units().stream().map(Unit::code).filter(codes::contains).findFirst()
                            .orElseThrow();
                    throw DomainException.rejected("unit-code-taken",
                            "Mã đơn vị " + taken + " đã thuộc cơ quan " + other.name() + " (" + other.code() + ").");
                });
    }
}
