package vn.thidua.award.history;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.nomination.NomineeKey;
import vn.thidua.award.rules.Holder;
import vn.thidua.contracts.award.NomineeKind;

/**
 * One title or commendation a collective or an individual received for a year (lịch sử thành
 * tích): from a decision of this service, or imported for past years. The id is what makes two the
 * same achievement: a title is held once per holder and year; a commendation form once per holder,
 * year and decision. So recording it again changes nothing, and one achievement is not commended twice.
 *
 * @param nameKey   the normalised person name ({@link NomineeKey#normalise}); empty for a collective
 * @param source    the decision number, or "import" (or the number a past file gives)
 * @param unitName  the unit's name in force when the award was made, where known
 * @param agencyCode the department the unit belongs to (from the directory): whose office sees it
 * @param revokedAt  when the decision behind it was revoked: kept as history, counted for nothing
 */
@Document("achievements")
@CompoundIndex(name = "holder_year", def = "{'unitId': 1, 'nameKey': 1, 'year': 1}")
public record Achievement(
        @Id String id,
        NomineeKind holderKind,
        String unitId,
        String unitName,
        String agencyCode,
        String personName,
        String nameKey,
        int year,
        String title,
        String titleName,
        String source,
        LocalDate decisionDate,
        String nominationId,
        String importId,
        String recordedBy,
        Instant recordedAt,
        Instant revokedAt,
        String revocationReason) {

    public static String idOf(Holder holder, int year, String title, FormCategory category, String source) {
        String key = String.join("|", holder.kind().name(), holder.unitId(), holder.nameKey(), Integer.toString(year),
                title);
        return category == FormCategory.TITLE ? key : key + "|" + source;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Holder holder() {
        return new Holder(holderKind, unitId, nameKey);
    }
}
