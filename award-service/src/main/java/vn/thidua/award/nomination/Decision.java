package vn.thidua.award.nomination;

import java.time.Instant;
import java.time.LocalDate;

/** The commendation decision (quyết định khen thưởng) taken on a nomination. */
public record Decision(String number, LocalDate date, String signerName, String signerTitle, String decidedBy,
        Instant decidedAt) {
}
