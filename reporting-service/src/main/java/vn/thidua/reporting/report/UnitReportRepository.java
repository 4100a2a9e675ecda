package vn.thidua.reporting.report;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads unit reports. Changes go through {@link vn.thidua.eventing.outbox.AggregateStore}, which keeps
 * the outbox intact; a plain {@code save} could republish already published events.
 */
public interface UnitReportRepository extends MongoRepository<UnitReport, String> {

    List<UnitReport> findByCampaignIdOrderByUnitOrderAsc(String campaignId);

    List<UnitReport> findByUnitIdOrderByDueDateDesc(String unitId);

    List<UnitReport> findByIssuingAgencyCode(String issuingAgencyCode);
}
