package vn.thidua.award.reward;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * The base salary table as rewards are computed from it: stored in {@code base_salaries}, seeded at
 * start from {@code thidua.award.reward.base-salaries} (rows absent only), extended by administrators
 * when a decree raises it. Read on each decision, so a new row applies at once.
 */
@Service
public class RewardTables implements ApplicationRunner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MongoTemplate mongo;
    private final RewardProperties properties;
    private final Clock clock;

    RewardTables(MongoTemplate mongo, RewardProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        for (BaseSalary salary : properties.baseSalaries()) {
            if (mongo.findById(salary.effectiveFrom().toString(), BaseSalaryVersion.class) == null) {
                try {
                    mongo.insert(version(salary, Who.system("award-service"), now, "Nạp mức lương cơ sở từ cấu hình: "));
                } catch (DuplicateKeyException seededByAnotherReplica) {
                    // Another instance seeded it first: the same row.
                }
            }
        }
    }

    /** The calculator of the table as it is now, with the configured rounding step. */
    public RewardCalculator calculator() {
        return new RewardCalculator(versions().stream().map(BaseSalaryVersion::salary).toList(), properties.roundTo());
    }

    /** Every version, oldest first. */
    public List<BaseSalaryVersion> versions() {
        return mongo.find(new Query().with(Sort.by("effectiveFrom")), BaseSalaryVersion.class);
    }

    /** Adds a version (a new decree): 409 when one already starts on that date; rows are never edited. */
    public BaseSalaryVersion add(BaseSalary salary, Who who) {
        if (salary.legalBasis() == null || salary.legalBasis().isBlank()) {
            throw DomainException.rejected("legal-basis-required", "Cần ghi văn bản quy định mức lương cơ sở "
                    + "(ví dụ: Nghị định số 73/2024/NĐ-CP).");
        }
        BaseSalary clean = new BaseSalary(salary.effectiveFrom(), salary.amount(), salary.legalBasis().strip());
        try {
            return mongo.insert(version(clean, who, clock.instant(), "Thêm mức lương cơ sở: "));
        } catch (DuplicateKeyException exists) {
            throw DomainException.conflict("base-salary-exists", "Đã có mức lương cơ sở áp dụng từ ngày "
                    + DAY.format(salary.effectiveFrom()) + "; mức đã áp dụng không được sửa, hãy thêm mức mới.");
        }
    }

    private static BaseSalaryVersion version(BaseSalary salary, Who who, Instant at, String what) {
        return new BaseSalaryVersion(salary.effectiveFrom().toString(), salary.effectiveFrom(), salary.amount(),
                salary.legalBasis(), who.subject(), at, List.of(AuditEntry.of(who, at, "CREATED", what
                        + Money.format(salary.amount()) + " đồng/tháng từ ngày " + DAY.format(salary.effectiveFrom())
                        + " theo " + salary.legalBasis() + ".").change(null, Money.format(salary.amount()) + " đồng")));
    }
}
