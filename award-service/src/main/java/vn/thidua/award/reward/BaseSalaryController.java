package vn.thidua.award.reward;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/base-salaries")
@Tag(name = "Mức lương cơ sở", description = "The versioned base salary table rewards are computed from")
class BaseSalaryController {

    private static final String REQUIRED = "không được để trống";

    record SalaryRequest(@NotNull(message = REQUIRED) LocalDate effectiveFrom,
            @NotNull(message = REQUIRED) @Positive(message = "phải lớn hơn 0") Long amount,
            @NotBlank(message = REQUIRED) @Size(max = 300) String legalBasis) {
    }

    /** A version as staff read it (the audit trail, with addresses, is for administrators in /api/audit). */
    record SalaryView(LocalDate effectiveFrom, long amount, String legalBasis, String createdBy,
            Instant createdAt) {

        static SalaryView of(BaseSalaryVersion version) {
            return new SalaryView(version.effectiveFrom(), version.amount(), version.legalBasis(), version.createdBy(),
                    version.createdAt());
        }
    }

    private final RewardTables tables;
    private final CurrentActor actor;

    BaseSalaryController(RewardTables tables, CurrentActor actor) {
        this.tables = tables;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "The base salary versions, oldest first (effective date, đồng a month, decree). OFFICE, ADMIN")
    List<SalaryView> list() {
        return tables.versions().stream().map(SalaryView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Adds a version from its effective date (a new decree); rows are never edited (409 "
            + "base-salary-exists). Decisions dated from then are paid by it. ADMIN")
    ResponseEntity<SalaryView> add(@Valid @RequestBody SalaryRequest request) {
        BaseSalaryVersion added = tables.add(new BaseSalary(request.effectiveFrom(), request.amount(),
                request.legalBasis()), actor.who());
        return ResponseEntity.created(URI.create("/api/base-salaries")).body(SalaryView.of(added));
    }
}
