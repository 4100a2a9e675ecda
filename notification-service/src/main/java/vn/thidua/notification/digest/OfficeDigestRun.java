package vn.thidua.notification.digest;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record that one office's digest of one day was sent: its id {@code <agency>:<yyyy-MM-dd>} is
 * unique, so the day's digest goes once however many rounds or replicas look.
 *
 * @param lateReports how many missing reports it listed
 */
@Document("office_digests")
public record OfficeDigestRun(@Id String id, String agencyCode, LocalDate day, String officeUnitId, int lateReports,
        Instant sentAt) {

    static String idOf(String agencyCode, LocalDate day) {
        return agencyCode + ":" + day;
    }
}
