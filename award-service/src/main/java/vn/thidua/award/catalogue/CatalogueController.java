package vn.thidua.award.catalogue;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.contracts.award.NomineeKind;

@RestController
@RequestMapping("/api/forms")
@Tag(name = "Danh hiệu và hình thức khen thưởng", description = "The titles and forms a nomination may propose")
class CatalogueController {

    record FormView(String code, String name, FormCategory category, String categoryName,
            Set<NomineeKind> nomineeKinds, String conferredBy) {
    }

    private final CommendationCatalogue catalogue;

    CatalogueController(CommendationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Lists the titles and commendation forms, with whom each applies to")
    List<FormView> forms() {
        return catalogue.forms().stream()
                .map(form -> new FormView(form.code(), form.name(), form.category(), form.category().label(),
                        form.nomineeKinds(), form.conferredBy()))
                .toList();
    }
}
