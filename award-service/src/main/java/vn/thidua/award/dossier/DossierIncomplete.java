package vn.thidua.award.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.thidua.eventing.web.DomainException;

/**
 * A nomination was submitted without the dossier items its rule set requires: 422
 * {@code dossier-incomplete} with one {@code errors[{code, item, reason}]} entry per missing item, so
 * the unit knows everything it still has to upload.
 */
public class DossierIncomplete extends DomainException {

    /** One missing item. */
    public record Missing(String code, DossierItem item, String reason) {
    }

    private final transient List<Missing> missing;

    public DossierIncomplete(String formName, List<DossierItem> items) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "dossier-incomplete", "Hồ sơ đề nghị " + formName + " còn thiếu: "
                + String.join("; ", items.stream().map(DossierItem::label).toList())
                + ". Vui lòng tải lên đủ hồ sơ trước khi gửi.");
        this.missing = items.stream().map(item -> new Missing("dossier-item-missing", item, "Thiếu " + item.label()
                .toLowerCase(java.util.Locale.ROOT) + " trong hồ sơ đề nghị " + formName + ".")).toList();
    }

    public List<Missing> missing() {
        return missing;
    }
}
