package vn.thidua.notification.lateunit;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.movement.Movements;

/**
 * The office's chase list per movement: every report that went overdue, and whether it came in since.
 * Idempotent by nature: keyed by report id, a redelivered event sets the same values again.
 */
@Service
public class LateUnits {

    private final MongoTemplate mongo;
    private final Movements movements;

    public LateUnits(MongoTemplate mongo, Movements movements) {
        this.mongo = mongo;
        this.movements = movements;
    }

    /** Puts the unit on its movement's list (the submission, if one is known already, is kept). */
    public void overdue(ReportOverdue overdue, String eventId) {
        Update update = new Update()
                .set("campaignId", overdue.campaignId())
                .set("campaignTitle", overdue.campaignTitle())
                .set("unitId", overdue.unitId())
                .set("unitName", overdue.unitName())
                .set("period", overdue.period())
                .set("dueDate", overdue.dueDate())
                .set("daysLate", overdue.daysLate())
                .set("detectedAt", overdue.detectedAt())
                .set("overdueEventId", eventId)
                .set("periodName", overdue.periodName());
        mongo.upsert(new Query(Criteria.where("_id").is(overdue.reportId())), update, LateUnit.class);
    }

    /** A listed unit's report came in after all: it stays on the list (it was late), marked submitted. */
    public void submitted(ReportSubmitted submitted) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(submitted.reportId())
                        .and("reportSubmittedAt").exists(false)),
                new Update().set("reportSubmittedAt", submitted.submittedAt()), LateUnit.class);
    }

    /** Every report still missing, of every movement: what the offices' daily digests list. */
    public List<LateUnit> stillMissing() {
        return mongo.find(new Query(Criteria.where("reportSubmittedAt").exists(false))
                .with(Sort.by("campaignId", "dueDate", "unitName", "_id")), LateUnit.class);
    }

    /**
     * Earliest due date first, then by unit. The chase list is the issuing department's work: ADMIN,
     * and OFFICE or LEADER staff of the agency that launched the movement; for anyone else, and while
     * the movement's launch is not known here, 403.
     */
    public List<LateUnit> ofCampaign(String campaignId, Actor reader) {
        if (!reader.has(Role.ADMIN)
                && !movements.issuingAgencyOf(campaignId).map(reader::managesAgency).orElse(false)) {
            throw DomainException.forbidden("Chỉ Văn phòng và lãnh đạo cơ quan phát động phong trào " + campaignId
                    + " được xem danh sách đơn vị chậm báo cáo.");
        }
        return mongo.find(new Query(Criteria.where("campaignId").is(campaignId))
                .with(Sort.by("dueDate", "unitName", "_id")), LateUnit.class);
    }
}
