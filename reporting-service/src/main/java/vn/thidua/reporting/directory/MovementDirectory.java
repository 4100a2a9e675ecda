package vn.thidua.reporting.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;

/**
 * The launched movements' letterheads, learnt from CampaignLaunched: what an aggregate report needs
 * to name its issuer and period (the issuing agency's name and parent body, the movement's period)
 * and the reports themselves do not keep. One document per movement, set whole from the event, so a
 * redelivery or a replay changes nothing.
 */
@Service
public class MovementDirectory {

    static final String MOVEMENTS = "directory_movements";

    private final MongoTemplate mongo;

    public MovementDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A launched movement as the aggregate report names it. */
    public record Movement(@Id String campaignId, String title, String kind, String agencyCode, String agencyName,
            String agencyAbbreviation, String parentName, LocalDate periodStart, LocalDate periodEnd,
            LocalDate finalReportDue, String letterNumber, Instant launchedAt) {

        /** The movement's emulation year: the year its period starts, else the year its reports are due. */
        public Integer year() {
            return periodStart != null ? Integer.valueOf(periodStart.getYear())
                    : finalReportDue == null ? null : finalReportDue.getYear();
        }
    }

    public void launched(CampaignLaunched event, String eventId) {
        if (event.campaignId() == null || event.campaignId().isBlank()) {
            return; // The reports' consumer dead-letters such an event; nothing to name here.
        }
        CampaignLaunched.Agency agency = event.issuingAgency();
        Update update = new Update()
                .set("title", event.title())
                .set("kind", event.kind() == null ? null : event.kind().name())
                .set("agencyCode", agency == null ? null : agency.code())
                .set("agencyName", agency == null ? null : agency.name())
                .set("agencyAbbreviation", agency == null ? null : agency.abbreviation())
                .set("parentName", agency == null ? null : agency.parentName())
                // Dates the movement may change later (CampaignUpdated): kept from the first launch event only.
                .setOnInsert("periodStart", event.periodStart())
                .setOnInsert("periodEnd", event.periodEnd())
                .setOnInsert("finalReportDue", event.finalReportDue())
                .set("letterNumber", event.letterNumber())
                .set("launchedAt", event.launchedAt())
                .set("lastEventId", eventId);
        mongo.upsert(new Query(Criteria.where("_id").is(event.campaignId())), update, MOVEMENTS);
    }

    /**
     * A launched movement's change: its period and final report date as now, applied only when newer than
     * the revision this copy holds, so a redelivered or older change leaves it as it is.
     */
    public void updated(CampaignUpdated event, String eventId) {
        if (event.campaignId() == null || event.campaignId().isBlank()) {
            return;
        }
        Update update = new Update()
                .set("periodStart", event.periodStart())
                .set("periodEnd", event.periodEnd())
                .set("finalReportDue", event.finalReportDue())
                .set("revision", event.revision())
                .set("lastEventId", eventId);
        mongo.updateFirst(new Query(new Criteria().andOperator(Criteria.where("_id").is(event.campaignId()),
                new Criteria().orOperator(Criteria.where("revision").exists(false),
                        Criteria.where("revision").lt(event.revision())))), update, MOVEMENTS);
    }

    public Optional<Movement> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, Movement.class, MOVEMENTS));
    }

    /** The movements this agency issued that the directory knows. */
    public List<Movement> issuedBy(String agencyCode) {
        return mongo.find(new Query(Criteria.where("agencyCode").is(agencyCode)), Movement.class, MOVEMENTS);
    }
}
