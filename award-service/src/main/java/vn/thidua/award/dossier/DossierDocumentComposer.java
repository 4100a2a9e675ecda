package vn.thidua.award.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.evidence.SubmittedReport;
import vn.thidua.award.history.Achievement;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.rules.Claim;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.documents.LetterText;
import vn.thidua.documents.OfficialLetter;

/**
 * Writes the two documents a unit sends with a nomination, pre-filled from what the platform knows:
 * the submission memo (tờ trình đề nghị khen thưởng) from the unit to the level that decides, as an
 * official letter, and the achievement report (báo cáo thành tích) skeleton. Both are left unnumbered
 * and undated: the unit numbers, dates and signs them in its own document system. Plain Java.
 */
public final class DossierDocumentComposer {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Everything the documents print besides the nomination itself. */
    public record Context(Nomination nomination, CampaignCopy campaign, CommendationForm form, String unitAgencyName,
            List<Achievement> history, List<SubmittedReport> reports, String place, List<String> grounds, Year year) {

        public Context {
            history = List.copyOf(history);
            reports = List.copyOf(reports);
            grounds = List.copyOf(grounds);
        }
    }

    private DossierDocumentComposer() {
    }

    /** The memo, addressed to whoever confers the form and to the deciding agency's council. */
    public static OfficialLetter submissionMemo(Context c) {
        Nomination n = c.nomination();
        String agencyName = deciderName(c);
        List<String> addressees = new ArrayList<>();
        if (!conferredByAgencyHead(c.form())) {
            addressees.add(c.form().conferredBy());
        }
        addressees.add("Hội đồng Thi đua – Khen thưởng " + agencyName);
        List<String> body = new ArrayList<>();
        c.grounds().forEach(ground -> body.add(ground + ";"));
        body.add("Căn cứ phong trào thi đua \"" + c.campaign().title() + "\" do " + agencyName + " phát động;");
        if (n.dossier().stream().anyMatch(f -> f.item() == DossierItem.UNIT_MINUTES)) {
            body.add("Căn cứ biên bản họp xét thi đua, khen thưởng của " + n.unitName() + ";");
        }
        body.add(n.unitName() + " kính đề nghị " + (conferredByAgencyHead(c.form()) ? "Thủ trưởng " + agencyName
                : c.form().conferredBy()) + " xem xét, " + asking(c.form()) + " năm " + n.year() + " cho "
                + n.nomineeDescription() + ", vì đã có thành tích: " + sentence(n.reason()));
        body.add("Hồ sơ kèm theo gồm: " + String.join("; ", enclosures(n)) + ".");
        body.add("Kính trình " + (conferredByAgencyHead(c.form()) ? "Thủ trưởng " + agencyName
                : c.form().conferredBy()) + " xem xét, quyết định./.");
        return new OfficialLetter(c.unitAgencyName(), n.unitName(), null, "TTr-" + n.unitId(), c.place(), null,
                c.year(), "V/v đề nghị " + asking(c.form()) + " năm " + n.year(), addressees, body,
                List.of("THỦ TRƯỞNG ĐƠN VỊ"), null, List.of("Như trên", "Lưu: VT"));
    }

    /** The report skeleton: what the data says, dotted blanks for what only the unit knows. */
    public static AchievementReport achievementReport(Context c) {
        Nomination n = c.nomination();
        boolean individual = n.nomineeKind() == NomineeKind.INDIVIDUAL;
        List<AchievementReport.Section> sections = new ArrayList<>();
        if (individual) {
            sections.add(new AchievementReport.Section("I. SƠ LƯỢC LÝ LỊCH", List.of(
                    "- Họ và tên: " + n.nomineeName(),
                    "- Ngày, tháng, năm sinh: " + AchievementReport.BLANK,
                    "- Chức vụ, đơn vị công tác: " + AchievementReport.BLANK + " " + n.unitName(),
                    "- Trình độ chuyên môn, nghiệp vụ: " + AchievementReport.BLANK,
                    "- Nhiệm vụ được giao: " + AchievementReport.BLANK)));
        } else {
            List<String> lines = new ArrayList<>(List.of("- Tên tập thể: " + n.unitName(),
                    "- Cơ quan chủ quản: " + (c.unitAgencyName() == null ? AchievementReport.BLANK : c.unitAgencyName()),
                    "- Chức năng, nhiệm vụ được giao: " + AchievementReport.BLANK));
            Claim claim = n.claim();
            lines.add("- Tổng số thành viên: " + (claim != null && claim.members() != null
                    ? claim.members().total() : AchievementReport.BLANK));
            sections.add(new AchievementReport.Section("I. ĐẶC ĐIỂM, TÌNH HÌNH", lines));
        }
        sections.add(new AchievementReport.Section("II. THÀNH TÍCH ĐẠT ĐƯỢC", achievements(c)));
        List<AchievementReport.HistoryRow> rows = c.history().stream().map(a -> new AchievementReport.HistoryRow(
                Integer.toString(a.year()), a.titleName() == null ? a.title() : a.titleName(), decisionOf(a),
                a.revokedAt() == null ? "" : "Đã thu hồi")).toList();
        return new AchievementReport(c.unitAgencyName(), n.unitName(), c.place() + ", "
                + LetterText.dateWords(null, c.year()), AchievementReport.TITLE, "Đề nghị " + asking(c.form()) + " năm "
                + n.year(), sections, rows, individual ? "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ"
                        : "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
                individual ? "NGƯỜI BÁO CÁO THÀNH TÍCH" : "THỦ TRƯỞNG ĐƠN VỊ", individual ? n.nomineeName() : null);
    }

    private static List<String> achievements(Context c) {
        Nomination n = c.nomination();
        List<String> lines = new ArrayList<>();
        lines.add("1. Phong trào thi đua: " + c.campaign().title() + ".");
        lines.add("2. Thành tích: " + sentence(n.reason()));
        Claim claim = n.claim();
        if (claim != null && claim.excellentDuty()) {
            lines.add("- Hoàn thành xuất sắc nhiệm vụ được giao.");
        }
        if (claim != null && claim.innovation() != null) {
            lines.add("- Sáng kiến \"" + claim.innovation().title() + "\", được " + claim.innovation().recognisedBy()
                    + " công nhận.");
        }
        if (claim != null && claim.members() != null) {
            lines.add("- Số thành viên hoàn thành nhiệm vụ: " + claim.members().completedDuties() + "/"
                    + claim.members().total() + "; đạt danh hiệu Lao động tiên tiến: " + claim.members().ldtt()
                    + "; Chiến sĩ thi đua cơ sở: " + claim.members().cstdcs() + ".");
        }
        if (!c.reports().isEmpty()) {
            lines.add("3. Kết quả báo cáo của đơn vị trong phong trào:");
            for (SubmittedReport report : c.reports()) {
                lines.add("- Báo cáo " + ("FINAL".equals(report.period()) ? "tổng kết" : "sơ kết") + " (lần "
                        + report.version() + ", nộp ngày " + LetterText.numericDate(day(report.submittedAt()))
                        + (report.late() ? ", nộp muộn" : "") + "): "
                        + (report.summary() == null || report.summary().isBlank() ? AchievementReport.BLANK
                                : sentence(report.summary())));
            }
        }
        return lines;
    }

    private static String decisionOf(Achievement a) {
        if (a.decisionDate() == null) {
            return a.source() == null || "import".equals(a.source()) ? "" : a.source();
        }
        return "Số " + a.source() + " ngày " + LetterText.numericDate(a.decisionDate());
    }

    private static List<String> enclosures(Nomination n) {
        List<String> items = new ArrayList<>();
        items.add("Báo cáo thành tích của " + n.nomineeDescription());
        n.dossier().stream().map(DossierFile::item).distinct().filter(i -> i != DossierItem.ACHIEVEMENT_REPORT)
                .forEach(i -> items.add(i.label()));
        return items;
    }

    /** "tặng Giấy khen" or "công nhận danh hiệu Chiến sĩ thi đua cơ sở". */
    private static String asking(CommendationForm form) {
        return form.category() == FormCategory.TITLE ? "công nhận danh hiệu " + form.name() : "tặng " + form.name();
    }

    private static boolean conferredByAgencyHead(CommendationForm form) {
        return form.conferredBy() == null || form.conferredBy().startsWith("Thủ trưởng");
    }

    private static String deciderName(Context c) {
        CampaignCopy.IssuingAgency agency = c.campaign().issuingAgency();
        return agency == null || agency.name() == null ? "cơ quan xét khen thưởng" : agency.name();
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, VIETNAM);
    }
}
