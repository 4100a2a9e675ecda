package vn.thidua.campaign.letter;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignContent;
import vn.thidua.campaign.campaign.CampaignNumbering;
import vn.thidua.campaign.campaign.IssuingAgency;
import vn.thidua.campaign.campaign.Milestone;
import vn.thidua.campaign.campaign.ParentPlan;
import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.documents.LetterText;
import vn.thidua.documents.OfficialLetter;

/**
 * A movement's launch letter (công văn phát động), written as the Kon Tum 2021 letter is: a subject
 * citing the parent plan, the units addressed, an opening that cites the plan and the theme, the
 * numbered contents, the interim report deadlines when the movement has any, and an item giving the Office (Văn phòng), the standing body of the emulation
 * council, the follow-up, unless the contents already do.
 */
public final class LaunchLetter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** A register number and its symbol, "5/STNMT-VP". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,9})(/.*)");
    private static final List<String> DEFAULT_AUTHORITY = List.of("GIÁM ĐỐC");
    /** Written where the place is not known, to be filled in by hand. */
    private static final String UNKNOWN_PLACE = "………";
    /** Symbols of the kinds of documents a movement cites (Decree 30/2020, Appendix III). */
    private static final String[][] KINDS = {{"KH-", "Kế hoạch"}, {"QĐ-", "Quyết định"}, {"CT-", "Chỉ thị"},
            {"HD-", "Hướng dẫn"}, {"TB-", "Thông báo"}};

    /**
     * How the letter is placed, addressed and signed, beyond the movement itself.
     *
     * @param ownUnitsOnly    whether every participant is a unit of the issuing agency
     * @param place           the place of the date line, or null when not known
     * @param signerAuthority the authority and title lines, or empty for "GIÁM ĐỐC"
     * @param signerName      the signer's name, or null to leave it blank
     * @param undatedYear     the year written on a letter not yet launched
     */
    public record Setting(boolean ownUnitsOnly, String place, List<String> signerAuthority, String signerName,
            Year undatedYear) {
    }

    private LaunchLetter() {
    }

    public static OfficialLetter of(Campaign campaign, Setting setting) {
        IssuingAgency agency = campaign.issuingAgency();
        // Numbered and dated once the number is taken: at approval (signing) or at launch.
        LocalDate date = campaign.letterDay();
        boolean numbered = date != null;
        List<String> authority = setting.signerAuthority() == null || setting.signerAuthority().isEmpty()
                ? DEFAULT_AUTHORITY : setting.signerAuthority();
        return new OfficialLetter(agency.parentName(), agency.name(),
                numbered ? documentNumber(campaign.letterNumber()) : null,
                CampaignNumbering.letterSymbol(agency), orElse(setting.place(), UNKNOWN_PLACE), date,
                setting.undatedYear(), subject(campaign), addressees(campaign, setting.ownUnitsOnly()), body(campaign),
                authority, setting.signerName(), List.of("Như trên", "Website " + shortName(agency), "Lưu: VT, VP"));
    }

    /**
     * The number as the letter writes it: Decree 30 gives numbers below 10 a leading zero ("05/STNMT-VP");
     * the register keeps the plain number.
     */
    static String documentNumber(String stored) {
        Matcher number = LEADING_NUMBER.matcher(stored.strip());
        if (!number.matches()) {
            return stored;
        }
        return "%02d".formatted(Integer.parseInt(number.group(1))) + number.group(2);
    }

    /** "V/v Phát động phong trào thi đua … theo Kế hoạch số … ngày … của …". */
    static String subject(Campaign campaign) {
        String subject = "V/v Phát động " + movement(campaign.title());
        return campaign.parentPlan() == null ? subject : subject + " theo " + citation(campaign.parentPlan());
    }

    private static List<String> addressees(Campaign campaign, boolean ownUnitsOnly) {
        if (ownUnitsOnly) {
            return List.of("Trưởng các phòng, đơn vị trực thuộc " + shortName(campaign.issuingAgency()));
        }
        return campaign.participants().stream().map(participant -> participant.name()).distinct().toList();
    }

    private static List<String> body(Campaign campaign) {
        IssuingAgency agency = campaign.issuingAgency();
        List<String> body = new ArrayList<>();
        String launches = agency.name() + " phát động " + movement(campaign.title());
        if (campaign.parentPlan() != null) {
            String plan = "Thực hiện " + citation(campaign.parentPlan());
            body.add(campaign.theme() == null ? plan + "."
                    : plan + " triển khai phong trào thi đua “" + campaign.theme() + "”.");
            body.add("Để triển khai thực hiện, " + launches + " như sau:");
        } else if (campaign.theme() != null) {
            body.add(launches + " với chủ đề “" + campaign.theme() + "” như sau:");
        } else {
            body.add(launches + " như sau:");
        }
        List<CampaignContent> contents = campaign.contents();
        contents.forEach(content -> body.add(content.number() + ". " + content.text().strip()));
        int next = contents.stream().mapToInt(CampaignContent::number).max().orElse(0) + 1;
        List<Milestone> interims = campaign.milestones().stream()
                .filter(milestone -> milestone.kind() == Milestone.Kind.INTERIM).toList();
        if (!interims.isEmpty()) {
            body.add(next++ + ". " + reportingDeadlines(agency, interims, campaign.finalReportDue()));
        }
        if (contents.stream().noneMatch(content -> assignsTheOffice(content.text()))) {
            body.add(next + ". Giao Văn phòng " + agency.name() + " (cơ quan thường trực của Hội đồng Thi đua - "
                    + "Khen thưởng " + shortName(agency) + ") chủ trì, phối hợp với các phòng, đơn vị theo dõi, "
                    + "đôn đốc và tổng hợp báo cáo kết quả và đề xuất khen thưởng đối với các tập thể, cá nhân thực "
                    + "hiện tốt phong trào thi đua này");
        }
        int last = body.size() - 1;
        body.set(last, endLetter(body.get(last)));
        return body;
    }

    /**
     * "Các đơn vị gửi báo cáo sơ kết về Văn phòng Sở: Sơ kết 6 tháng đầu năm (kết quả từ ngày 01/02/2026
     * đến ngày 30/6/2026), chậm nhất ngày 10/7/2026; báo cáo tổng kết chậm nhất ngày 15/12/2026."
     */
    static String reportingDeadlines(IssuingAgency agency, List<Milestone> interims, LocalDate finalReportDue) {
        List<String> deadlines = new ArrayList<>(interims.stream().map(m -> m.name().strip() + " (kết quả từ ngày "
                + LetterText.numericDate(m.periodStart()) + " đến ngày " + LetterText.numericDate(m.periodEnd())
                + "), chậm nhất ngày " + LetterText.numericDate(m.reportDue())).toList());
        deadlines.add("báo cáo tổng kết chậm nhất ngày " + LetterText.numericDate(finalReportDue));
        return "Các đơn vị gửi báo cáo sơ kết về Văn phòng " + shortName(agency) + ": " + String.join("; ", deadlines)
                + ".";
    }

    /** Whether a content already makes the Office the standing body that follows the movement up. */
    static boolean assignsTheOffice(String text) {
        String key = VietnameseText.normalise(text);
        return key.contains("van phong") && (key.contains("thuong truc") || key.contains("giao van phong"));
    }

    /** "Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh", by the kind its symbol shows. */
    static String citation(ParentPlan plan) {
        StringBuilder text = new StringBuilder(documentKind(plan.number()));
        if (plan.number() != null && !plan.number().isBlank()) {
            text.append(" số ").append(plan.number().strip());
        }
        if (plan.date() != null) {
            text.append(" ngày ").append(LetterText.numericDate(plan.date()));
        }
        if (plan.issuer() != null && !plan.issuer().isBlank()) {
            text.append(" của ").append(plan.issuer().strip());
        }
        return text.toString();
    }

    /**
     * The kind of document a number and symbol denotes: "3510/KH-UBND" is a plan (Kế hoạch); a symbol
     * without a kind, such as another agency's launch letter "12/SNNMT-VP", is a công văn.
     */
    private static String documentKind(String number) {
        if (number == null || !number.contains("/")) {
            return "Kế hoạch";
        }
        String symbol = number.substring(number.indexOf('/') + 1).strip().toUpperCase(VIETNAMESE);
        for (String[] kind : KINDS) {
            if (symbol.startsWith(kind[0])) {
                return kind[1];
            }
        }
        return "Công văn";
    }

    /** The title as it reads after a verb: "Phong trào thi đua …" → "phong trào thi đua …". */
    private static String movement(String title) {
        String text = title.strip();
        return VietnameseText.normalise(text).startsWith("phong trao")
                ? text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1) : text;
    }

    /** How the agency calls itself in its own letters: "Sở" for a department, else its name. */
    private static String shortName(IssuingAgency agency) {
        return agency.name().startsWith("Sở ") ? "Sở" : agency.name();
    }

    /** A letter's body ends with "./.". */
    private static String endLetter(String paragraph) {
        String text = paragraph.strip();
        if (text.endsWith("./.")) {
            return text;
        }
        while (text.endsWith(".") || text.endsWith(";") || text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text + "./.";
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
