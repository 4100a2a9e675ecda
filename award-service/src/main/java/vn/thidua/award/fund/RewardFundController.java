package vn.thidua.award.fund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.DomainException;

@RestController
@Validated
@RequestMapping("/api/reward-funds/{agency}/{year}")
@Tag(name = "Quỹ thi đua, khen thưởng", description = "Yearly reward fund per agency: budget, payouts, recoveries")
class RewardFundController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The year's budget in đồng. */
    record BudgetRequest(@NotNull(message = "không được để trống") @PositiveOrZero(message = "không được âm")
            Long budget, @Size(max = 500) String note) {
    }

    private final RewardFunds funds;
    private final CurrentActor actor;

    RewardFundController(RewardFunds funds, CurrentActor actor) {
        this.funds = funds;
        this.actor = actor;
    }

    @PutMapping
    @Operation(summary = "Sets the agency's reward fund budget for the year (audited). OFFICE of the agency, ADMIN")
    FundReport setBudget(@PathVariable String agency, @PathVariable @Min(2000) @Max(9999) int year,
            @Valid @RequestBody BudgetRequest request) {
        return funds.setBudget(agency, year, request.budget(), request.note(), actor.actor(), actor.who());
    }

    @GetMapping
    @Operation(summary = "The fund's report: budget, payouts of the year's decisions, recoveries of the year's "
            + "revocations, balance; format=xlsx for a workbook. OFFICE or LEADER of the agency, ADMIN")
    ResponseEntity<?> report(@PathVariable String agency, @PathVariable @Min(2000) @Max(9999) int year,
            @RequestParam(required = false) String format) {
        FundReport report = funds.report(agency, year, actor.actor());
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(report);
        }
        if (!"xlsx".equalsIgnoreCase(format)) {
            throw DomainException.invalid("format-invalid", "Định dạng \"" + format + "\" không hỗ trợ; dùng json hoặc xlsx.");
        }
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("quy-thi-dua-" + agency + "-" + year + ".xlsx").build().toString())
                .body(funds.xlsx(report));
    }
}
