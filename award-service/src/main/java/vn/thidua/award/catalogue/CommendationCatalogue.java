package vn.thidua.award.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.eventing.web.DomainException;

/**
 * The titles and commendation forms that may be proposed. Loaded from data
 * ({@code catalogue/commendation-forms.json}), not written in code: the versioned rule sets with
 * quotas and vote shares build on it later.
 */
public final class CommendationCatalogue {

    private final String legalBasis;
    private final Map<String, CommendationForm> forms = new LinkedHashMap<>();

    public CommendationCatalogue(String legalBasis, List<CommendationForm> forms) {
        this.legalBasis = legalBasis;
        forms.forEach(form -> {
            if (this.forms.putIfAbsent(form.code(), form) != null) {
                throw new IllegalArgumentException("Commendation form " + form.code() + " is listed twice");
            }
        });
    }

    public String legalBasis() {
        return legalBasis;
    }

    public List<CommendationForm> forms() {
        return List.copyOf(forms.values());
    }

    public Optional<CommendationForm> find(String code) {
        return Optional.ofNullable(code == null ? null : forms.get(code));
    }

    /** The form with this code, or 422 when the catalogue has none. */
    public CommendationForm require(String code) {
        return find(code).orElseThrow(() -> DomainException.rejected("form-unknown",
                "Không có danh hiệu thi đua hoặc hình thức khen thưởng mã " + code + "."));
    }
}
