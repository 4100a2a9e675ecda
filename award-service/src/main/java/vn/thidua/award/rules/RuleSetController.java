package vn.thidua.award.rules;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.thidua.eventing.web.CurrentActor;

/**
 * Reading the rule versions (office, leaders, council, administrators, services with
 * {@code award.read}) and adding new ones (administrators only; see {@code AccessPolicy}).
 */
@RestController
@RequestMapping("/api/rule-sets")
@Tag(name = "Bộ quy tắc thi đua, khen thưởng", description = "Versioned rules by province, legal basis and effective date")
class RuleSetController {

    /** A new version; id, author and audit trail are the service's. */
    record NewRuleSet(String province, LocalDate effectiveFrom, String legalBasis, Share quorum,
            Integer disclosureWorkingDays, List<FormRule> forms) {
    }

    private final RuleSets ruleSets;
    private final CurrentActor actor;

    RuleSetController(RuleSets ruleSets, CurrentActor actor) {
        this.ruleSets = ruleSets;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "Lists every rule set version, by province then effective date")
    List<RuleSet> all() {
        return ruleSets.all();
    }

    @GetMapping("/in-force")
    @Operation(summary = "The rule set in force for a province on a date (the province's own, else the default \"*\")")
    RuleSet inForce(@RequestParam(defaultValue = RuleSet.DEFAULT_PROVINCE) String province,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ruleSets.inForce(province, date);
    }

    @PostMapping
    @Operation(summary = "Adds a rule set version (a new decree, a province's own rules); versions are never edited")
    ResponseEntity<RuleSet> add(@RequestBody NewRuleSet request) {
        RuleSet added = ruleSets.add(new RuleSet(null, request.province(), request.effectiveFrom(),
                request.legalBasis(), request.quorum(), request.disclosureWorkingDays(), request.forms(), null, null,
                null), actor.who());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/rule-sets/in-force")
                .queryParam("province", added.province()).queryParam("date", added.effectiveFrom()).build().toUri();
        return ResponseEntity.created(location).body(added);
    }
}
