package vn.thidua.award.evidence;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.inbound.AppliedEvents;

/** Records the reports units submit, once per event, whether or not the movement's launch arrived yet. */
@Service
public class EvidenceLedger {

    private static final Logger log = LoggerFactory.getLogger(EvidenceLedger.class);

    private final MongoTemplate mongo;

    public EvidenceLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(String eventId, ReportSubmitted submitted) {
        String id = UnitEvidence.idOf(submitted.campaignId(), submitted.unitId());
        Query notYetApplied = new Query(AppliedEvents.notYetApplied(Criteria.where("_id").is(id), eventId));
        Update addReport = new Update()
                .setOnInsert("campaignId", submitted.campaignId())
                .setOnInsert("unitId", submitted.unitId())
                .set("unitName", submitted.unitName())
                .push("reports", SubmittedReport.of(submitted));
        try {
            mongo.upsert(notYetApplied, AppliedEvents.markApplied(addReport, eventId), UnitEvidence.class);
        } catch (DuplicateKeyException alreadyApplied) {
            // The guarded upsert found the document but not without this event id: a redelivery.
            log.debug("Report event {} was already recorded for {}", eventId, id);
        }
    }

    public List<SubmittedReport> reportsOf(String campaignId, String unitId) {
        UnitEvidence evidence = mongo.findById(UnitEvidence.idOf(campaignId, unitId), UnitEvidence.class);
        return evidence == null ? List.of() : evidence.reports();
    }
}
