package vn.thidua.award.evidence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one unit reported in one movement ({@code _id = <campaignId>:<unitId>}), every submission in
 * the order received, resubmissions included.
 */
@Document("unit_evidence")
public record UnitEvidence(@Id String id, String campaignId, String unitId, String unitName,
        List<SubmittedReport> reports) {

    public UnitEvidence {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    public static String idOf(String campaignId, String unitId) {
        return campaignId + ":" + unitId;
    }
}
