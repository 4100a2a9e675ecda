package vn.thidua.award.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.award.dossier.DossierItem;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/**
 * One version of the commendation rules (bộ quy tắc thi đua, khen thưởng) of a province ("*" is the
 * default for every province) from {@code effectiveFrom}, under its legal basis. Versions are only
 * ever added: a new decree is a new rule set, so a case keeps being judged by the rules of its date.
 * The titles and forms themselves are the catalogue's; {@code forms} says what this version rules
 * for each catalogue code.
 */
@Document("rule_sets")
public record RuleSet(
        @Id String id,
        String province,
        LocalDate effectiveFrom,
        String legalBasis,
        Share quorum,
        Integer disclosureWorkingDays,
        List<FormRule> forms,
        String createdBy,
        Instant createdAt,
        List<AuditEntry> auditTrail) {

    public static final String DEFAULT_PROVINCE = "*";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public RuleSet {
        forms = forms == null ? List.of() : List.copyOf(forms);
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }

    /** The id of a province's version: one per province and effective date. */
    public static String idOf(String province, LocalDate effectiveFrom) {
        return province + "@" + effectiveFrom;
    }

    /**
     * A new version as proposed, checked against the catalogue ({@code knownForm}), identified and
     * audited; refused (422 {@code rule-set-invalid}) with every problem found.
     */
    public static RuleSet create(RuleSet proposed, Predicate<String> knownForm, Who who, Instant at) {
        List<String> problems = proposed.problems(knownForm);
        if (!problems.isEmpty()) {
            throw DomainException.rejected("rule-set-invalid",
                    "Bộ quy tắc không hợp lệ: " + String.join("; ", problems) + ".");
        }
        String province = proposed.province().strip();
        return new RuleSet(idOf(province, proposed.effectiveFrom()), province, proposed.effectiveFrom(),
                proposed.legalBasis().strip(), proposed.quorum(), proposed.disclosureWorkingDays(), proposed.forms(),
                who.subject(), at, List.of(AuditEntry.of(who, at, "CREATED", "Thêm bộ quy tắc thi đua, khen thưởng "
                        + describe(province) + " hiệu lực từ " + DAY.format(proposed.effectiveFrom()) + " theo "
                        + proposed.legalBasis().strip() + ".").change(null, "Hiệu lực từ "
                        + DAY.format(proposed.effectiveFrom()))));
    }

    /** What this version rules for the form, if anything. */
    public Optional<FormRule> rule(String formCode) {
        return forms.stream().filter(f -> f.code().equals(formCode)).findFirst();
    }

    /** Whether deciding the form needs the council's approval first, by this version. */
    public boolean needsCouncil(String formCode) {
        return rule(formCode).map(FormRule::needsCouncil).orElse(false);
    }

    /** Whether forwarding the form upward waits for the agencies consulted (hiệp y), by this version. */
    public boolean needsConsultation(String formCode) {
        return rule(formCode).map(FormRule::consultationRequired).orElse(false);
    }

    /** The dossier items the form needs before submission, none when this version states none. */
    public List<DossierItem> dossierOf(String formCode) {
        return rule(formCode).map(FormRule::dossier).orElse(List.of());
    }

    /** The criteria of the form, none when this version states none. */
    public List<Criterion> criteriaOf(String formCode) {
        return rule(formCode).map(FormRule::criteria).orElse(List.of());
    }

    /** For messages: "mặc định" or "tỉnh X". */
    public String describe() {
        return describe(province) + " hiệu lực từ " + DAY.format(effectiveFrom);
    }

    private static String describe(String province) {
        return DEFAULT_PROVINCE.equals(province) ? "mặc định (mọi tỉnh)" : "của " + province;
    }

    private List<String> problems(Predicate<String> knownForm) {
        List<String> problems = new ArrayList<>();
        if (province == null || province.isBlank()) {
            problems.add("thiếu tỉnh (province; \"*\" là mặc định)");
        }
        if (effectiveFrom == null) {
            problems.add("thiếu ngày hiệu lực (effectiveFrom)");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            problems.add("thiếu căn cứ pháp lý (legalBasis)");
        }
        if (quorum == null || quorum.problem() != null) {
            problems.add("tỷ lệ thành viên tối thiểu để họp (quorum) không hợp lệ");
        }
        if (disclosureWorkingDays == null || disclosureWorkingDays < 0) {
            problems.add("số ngày làm việc công khai (disclosureWorkingDays) phải từ 0 trở lên");
        }
        Set<String> codes = new HashSet<>();
        for (FormRule form : forms) {
            if (form.code() == null || !knownForm.test(form.code())) {
                problems.add("mã " + form.code() + " không có trong danh mục danh hiệu, hình thức khen thưởng");
                continue;
            }
            if (!codes.add(form.code())) {
                problems.add("mã " + form.code() + " được khai hai lần");
            }
            form.criteria().forEach(c -> c.problems(knownForm).forEach(p -> problems.add(form.code() + ": " + p)));
            if (form.vote() != null && (form.vote().share() == null || form.vote().share().problem() != null
                    || form.vote().base() == null)) {
                problems.add(form.code() + ": cách tính tỷ lệ biểu quyết (vote) không hợp lệ");
            }
            if (form.needsCouncil() && form.vote() == null) {
                problems.add(form.code() + ": bắt buộc xét tại Hội đồng (councilRequired) nhưng thiếu cách biểu quyết (vote)");
            }
            if (form.reward() != null && (form.reward().individual() < 0 || form.reward().collective() < 0)) {
                problems.add(form.code() + ": hệ số tiền thưởng không được âm");
            }
        }
        return problems;
    }
}
