package vn.thidua.eventing.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

/** {@code GET /api/audit}: who changed what, when and from where, in this service. Read-only. */
@RestController
public class AuditController {

    private final AuditLog log;
    private final CurrentActor actor;

    public AuditController(AuditLog log, CurrentActor actor) {
        this.log = log;
        this.actor = actor;
    }

    @GetMapping("/api/audit")
    public List<AuditLog.Change> changes(@RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String aggregateId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) Integer limit) {
        return log.find(new AuditLog.Query(aggregateType, aggregateId, actor, action, from, to, limit), this.actor.actor());
    }
}
