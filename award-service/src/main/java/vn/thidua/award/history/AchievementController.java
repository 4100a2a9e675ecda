package vn.thidua.award.history;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api/achievements")
@Tag(name = "Lịch sử thành tích", description = "Titles and commendations per unit and person, by year")
class AchievementController {

    record ImportResult(int imported) {
    }

    private final AchievementHistory history;
    private final CurrentActor actor;

    AchievementController(AchievementHistory history, CurrentActor actor) {
        this.history = history;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "The achievement history of a unit and/or a person (name without case and spacing differences), "
            + "as far as the caller may see it: their department's units, or their own unit")
    List<Achievement> find(@RequestParam(required = false) String unitId, @RequestParam(required = false) String name) {
        return history.find(unitId, name, actor.actor());
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Imports past years from CSV (UTF-8, header kind,unitId,name,year,title,source): all rows or none. "
            + "OFFICE: rows of their department's units only; ADMIN")
    ImportResult importCsv(@RequestBody byte[] csv) {
        return new ImportResult(history.importCsv(csv, actor.actor(), actor.who()));
    }

    /** The bad rows go with the problem, each with its line number, so the file can be fixed in one pass. */
    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://thidua.vn/problems/" + e.code()));
        problem.setTitle(e.status().getReasonPhrase());
        problem.setProperty("code", e.code());
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
