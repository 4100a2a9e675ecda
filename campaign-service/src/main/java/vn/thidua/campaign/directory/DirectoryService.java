package vn.thidua.campaign.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.eventing.web.DomainException;

/** The organisation directory: agencies, their units and contacts. */
@Service
public class DirectoryService {

    private final AgencyRepository agencies;
    private final MongoTemplate mongo;
    private final Clock clock;

    public DirectoryService(AgencyRepository agencies, MongoTemplate mongo, Clock clock) {
        this.agencies = agencies;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Creates the agency or replaces its description; the same request twice changes nothing the second time. */
    public Agency upsert(String code, AgencyDetails details, String actor) {
        ensureUnitCodesFree(code, details);
        Optional<Agency> existing = agencies.findById(code);
        Agency agency = existing.orElseGet(() -> Agency.register(code, details, clock.instant(), actor));
        if (existing.isPresent() && !agency.revise(details, clock.instant(), actor)) {
            return agency;
        }
        try {
            return agencies.save(agency);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            throw DomainException.conflict("concurrent-modification",
                    "Cơ quan " + code + " vừa được người khác cập nhật; vui lòng tải lại rồi thử lại.");
        }
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

    /** Units across agencies whose name or code contains the query, ignoring case and diacritics. */
    public List<UnitListing> units(String query) {
        boolean all = query == null || VietnameseText.normalise(query).isEmpty();
        Query find = all ? new Query()
                : new Query(Criteria.where("units.searchKey").regex(VietnameseText.containsPattern(query)));
        String wanted = VietnameseText.normalise(query);
        return mongo.find(find.with(Sort.by("_id")), Agency.class).stream()
                .flatMap(agency -> agency.units().stream()
                        .filter(unit -> all || unit.searchKey().contains(wanted))
                        .map(unit -> UnitListing.of(agency, unit)))
                .toList();
    }

    /** The units with these codes, in the order asked, each with its agency. */
    public List<UnitListing> resolveUnits(List<String> unitCodes) {
        Map<String, UnitListing> found = new LinkedHashMap<>();
        for (Agency agency : agencies.findByUnitsCodeIn(unitCodes)) {
            agency.units().stream()
                    .filter(unit -> unitCodes.contains(unit.code()))
                    .forEach(unit -> found.put(unit.code(), UnitListing.of(agency, unit)));
        }
        return unitCodes.stream()
                .map(code -> Optional.ofNullable(found.get(code)).orElseThrow(() -> DomainException.rejected(
                        "unknown-unit", "Không tìm thấy đơn vị " + code + " trong danh bạ.")))
                .toList();
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
