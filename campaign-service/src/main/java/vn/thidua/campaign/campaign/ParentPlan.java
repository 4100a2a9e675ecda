package vn.thidua.campaign.campaign;

import java.time.LocalDate;

/** The higher plan a cascaded movement implements, e.g. Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND tỉnh. */
public record ParentPlan(String number, LocalDate date, String issuer) {
}
