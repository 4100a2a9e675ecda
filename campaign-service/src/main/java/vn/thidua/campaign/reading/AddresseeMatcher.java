package vn.thidua.campaign.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.campaign.common.VietnameseText;
import vn.thidua.campaign.directory.Agency;
import vn.thidua.campaign.directory.Unit;
import vn.thidua.campaign.reading.AddresseeMatch.Entry;
import vn.thidua.campaign.reading.AddresseeMatch.Kind;

/**
 * Matches the "Kính gửi:" lines of a letter against the directory, ignoring diacritics, case and the
 * title of the person addressed ("Trưởng …", "Giám đốc …"), and reading the usual abbreviations
 * ("Sở TN&MT", "UBND các huyện"). A line matches by code or abbreviation, by exact name (a unit also
 * by its name followed by its agency's, "Văn phòng Sở Nội vụ"), by name without the province
 * ("Sở Nội vụ tỉnh Quảng Ngãi"), or as a collective phrase: the units of the agency the letter is
 * read for ("các phòng, đơn vị trực thuộc Sở") or every local body of a kind ("UBND các huyện",
 * "Phòng Văn hóa - Xã hội các xã, phường").
 * Anything else, or a name several entries share with none preferred, is left unmatched.
 */
final class AddresseeMatcher {

    static final double EXACT = 1.0;
    static final double WITH_AGENCY = 0.95;
    static final double WITHOUT_PROVINCE = 0.9;
    static final double OWN_UNITS = 0.9;
    static final double LOCAL_BODIES = 0.8;

    /** Titles of the person a letter is addressed to; removed before matching the body they head. */
    private static final Pattern TITLE = Pattern.compile("^(đồng chí |ông |bà )?(phó trưởng|trưởng|thủ trưởng|"
            + "giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|lãnh đạo|chánh|người đứng đầu)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The abbreviations letters use for bodies, in the order they are tried (longer first). */
    private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();
    private static final Pattern OWN_UNITS_PHRASE = Pattern.compile(
            "^cac (phong|don vi|co quan|phong ban)( .*)? (truc thuoc|thuoc) (so|co quan|don vi)( .*)?$");
    /** Local levels, district (before 1 July 2025) and commune: "UBND các huyện", "Phòng … các xã, phường, đặc khu". */
    private static final List<String> LOCAL_LEVELS = List.of("huyen", "quan", "thi xa", "thanh pho", "xa", "phuong",
            "dac khu", "thi tran");
    private static final Pattern LOCAL_PHRASE = Pattern.compile("^(.+?) cac (" + String.join("|", LOCAL_LEVELS)
            + ")( .*)?$");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("^(.+?) tinh( .*)?$");

    static {
        abbreviation("UBND", "Ủy ban nhân dân");
        abbreviation("HĐND", "Hội đồng nhân dân");
        abbreviation("TN\\s*&\\s*MT|TNMT", "Tài nguyên và Môi trường");
        abbreviation("NN\\s*&\\s*PTNT|NNPTNT", "Nông nghiệp và Phát triển nông thôn");
        abbreviation("NN\\s*&\\s*MT|NNMT", "Nông nghiệp và Môi trường");
        abbreviation("KH\\s*&\\s*CN|KHCN", "Khoa học và Công nghệ");
        abbreviation("GD\\s*&\\s*ĐT|GDĐT", "Giáo dục và Đào tạo");
        abbreviation("KH\\s*&\\s*ĐT|KHĐT", "Kế hoạch và Đầu tư");
        abbreviation("LĐ-TB\\s*&\\s*XH|LĐTB\\s*&\\s*XH|LĐTBXH", "Lao động - Thương binh và Xã hội");
        abbreviation("VH\\s*,\\s*TT\\s*&\\s*DL|VHTTDL", "Văn hóa, Thể thao và Du lịch");
        abbreviation("GTVT", "Giao thông vận tải");
        abbreviation("TT\\s*&\\s*TT|TTTT", "Thông tin và Truyền thông");
        abbreviation("TĐ-KT|TĐKT", "Thi đua - Khen thưởng");
        abbreviation("CNTT", "Công nghệ thông tin");
        abbreviation("TP\\.?", "thành phố");
        abbreviation("TX\\.?", "thị xã");
    }

    private static void abbreviation(String pattern, String meaning) {
        ABBREVIATIONS.put(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + pattern + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), meaning);
    }

    /** A unit or agency with the keys it is known by. */
    private record Candidate(Entry entry, String agencyCode, List<String> exactKeys, List<String> agencyKeys) {
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private final Agency home;
    private final LocalDate today;

    /**
     * @param agencies the directory
     * @param home     the agency the letter is read for, whose units "các phòng, đơn vị trực thuộc Sở" are;
     *                 null when the reader has none
     */
    AddresseeMatcher(List<Agency> agencies, Agency home, LocalDate today) {
        this.home = home;
        this.today = today;
        for (Agency agency : agencies) {
            candidates.add(new Candidate(new Entry(agency.code(), agency.name(), Kind.AGENCY), agency.code(),
                    keys(agency.name(), agency.code(), agency.abbreviation()), List.of()));
            for (Unit unit : agency.units()) {
                if (unit.isHistoryOn(today)) {
                    continue;
                }
                candidates.add(new Candidate(new Entry(unit.code(), unit.name(), Kind.UNIT), agency.code(),
                        keys(unit.name(), unit.code()), List.of(key(withAgency(unit.name(), agency.name())))));
            }
        }
    }

    List<AddresseeMatch> matchAll(List<String> addressees) {
        return addressees == null ? List.of() : addressees.stream().map(this::match).toList();
    }

    AddresseeMatch match(String addressee) {
        String line = addressee.strip().replaceAll("[;.,:]+$", "").strip();
        String key = key(expand(withoutTitle(line)));
        if (key.isEmpty()) {
            return AddresseeMatch.unmatched(addressee, "Dòng “Kính gửi” trống.");
        }
        if (OWN_UNITS_PHRASE.matcher(key).matches()) {
            return ownUnits(addressee);
        }
        Matcher local = LOCAL_PHRASE.matcher(key);
        if (local.matches()) {
            return localBodies(addressee, local.group(1));
        }
        List<Candidate> exact = candidates.stream().filter(c -> c.exactKeys().contains(key)).toList();
        if (!exact.isEmpty()) {
            return chosen(addressee, exact, EXACT, null);
        }
        List<Candidate> withAgency = candidates.stream().filter(c -> c.agencyKeys().contains(key)).toList();
        if (!withAgency.isEmpty()) {
            return chosen(addressee, withAgency, WITH_AGENCY, null);
        }
        Matcher province = PROVINCE_SUFFIX.matcher(key);
        if (province.matches()) {
            String body = province.group(1);
            List<Candidate> named = candidates.stream()
                    .filter(c -> c.exactKeys().contains(body) || c.agencyKeys().contains(body)).toList();
            if (!named.isEmpty()) {
                return chosen(addressee, named, WITHOUT_PROVINCE, "Khớp theo tên, bỏ phần “tỉnh …”.");
            }
        }
        return AddresseeMatch.unmatched(addressee, "Không có cơ quan, đơn vị nào trong danh bạ mang tên này.");
    }

    /** One candidate, or the one of the home agency among several; otherwise nothing is chosen. */
    private AddresseeMatch chosen(String addressee, List<Candidate> found, double confidence, String note) {
        if (found.size() == 1) {
            return AddresseeMatch.of(addressee, List.of(found.getFirst().entry()), confidence, note);
        }
        List<Candidate> own = home == null ? List.of()
                : found.stream().filter(c -> c.agencyCode().equals(home.code())).toList();
        if (own.size() == 1) {
            return AddresseeMatch.of(addressee, List.of(own.getFirst().entry()), confidence,
                    "Nhiều cơ quan có đơn vị cùng tên; chọn đơn vị của " + home.name() + ".");
        }
        return AddresseeMatch.unmatched(addressee, "Nhiều cơ quan, đơn vị trùng tên, không xác định được: "
                + String.join(", ", found.stream().map(c -> c.entry().code()).toList()) + ".");
    }

    private AddresseeMatch ownUnits(String addressee) {
        if (home == null) {
            return AddresseeMatch.unmatched(addressee, "Tài khoản không gắn với cơ quan nào nên không xác định được "
                    + "các đơn vị trực thuộc.");
        }
        List<Entry> units = home.units().stream().filter(unit -> !unit.isHistoryOn(today))
                .map(unit -> new Entry(unit.code(), unit.name(), Kind.UNIT)).toList();
        if (units.isEmpty()) {
            return AddresseeMatch.unmatched(addressee, home.name() + " chưa có đơn vị nào đang hoạt động trong danh bạ.");
        }
        return AddresseeMatch.of(addressee, units, OWN_UNITS, "Tất cả " + units.size() + " đơn vị đang hoạt động của "
                + home.name() + ".");
    }

    private AddresseeMatch localBodies(String addressee, String kind) {
        List<Entry> bodies = candidates.stream()
                .filter(c -> LOCAL_LEVELS.stream().anyMatch(level -> c.exactKeys().getFirst()
                        .startsWith(kind + " " + level + " ")))
                .map(Candidate::entry)
                .toList();
        if (bodies.isEmpty()) {
            return AddresseeMatch.unmatched(addressee, "Danh bạ không có cơ quan, đơn vị cấp huyện, cấp xã nào thuộc "
                    + "loại này (từ ngày 01/7/2025 không còn cấp huyện).");
        }
        return AddresseeMatch.of(addressee, bodies, LOCAL_BODIES, "Các cơ quan, đơn vị cấp huyện, cấp xã cùng loại "
                + "trong danh bạ.");
    }

    /** "Văn phòng Sở" of "Sở Nội vụ" → "Văn phòng Sở Nội vụ"; other units → "<unit> <agency>". */
    private static String withAgency(String unitName, String agencyName) {
        String unit = unitName.strip();
        String agency = agencyName.strip();
        if (unit.endsWith(" Sở") && agency.startsWith("Sở ")) {
            return unit + agency.substring(2);
        }
        return unit + " " + agency;
    }

    private static String withoutTitle(String line) {
        return TITLE.matcher(line).replaceFirst("");
    }

    private static String expand(String line) {
        String text = line;
        for (Map.Entry<Pattern, String> abbreviation : ABBREVIATIONS.entrySet()) {
            text = abbreviation.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(abbreviation.getValue()));
        }
        return text;
    }

    /** The name's key first (abbreviations in it read out), then the codes' as written. */
    private static List<String> keys(String name, String... codes) {
        List<String> keys = new ArrayList<>(List.of(key(expand(name))));
        for (String code : codes) {
            String key = key(code);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    private static String key(String text) {
        return VietnameseText.normalise(text);
    }
}
