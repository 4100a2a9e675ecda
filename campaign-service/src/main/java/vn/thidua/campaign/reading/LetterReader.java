package vn.thidua.campaign.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.campaign.reading.LetterReading.Content;
import vn.thidua.campaign.reading.LetterReading.Field;
import vn.thidua.campaign.reading.LetterReading.Item;
import vn.thidua.campaign.reading.LetterReading.PlanReference;

/**
 * Reads the parts of a launch letter laid out per Decree 30/2020 (DOMAIN.md, "The official
 * letter") from its plain text: the header lines, number and symbol, place and date, subject,
 * addressees, the plans it implements, the quoted theme, the numbered contents, the recipients and
 * the signer. It reads what is written and nothing more: a part it cannot find is reported missing.
 *
 * <p>Matching is done on the folded text ({@link LetterText}), so diacritics written in either
 * Unicode form, old or new tone placement ("Uỷ"/"Ủy") and letter case do not matter; values are
 * taken from the original text. Plain Java, no Spring: the same reader serves the API and the tests.
 */
public final class LetterReader {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The header, number, date and subject sit at the top: never look for them further down. */
    private static final int TOP = 60;

    private static final Pattern NATIONAL_TITLE =
            Pattern.compile("cong\\s*hoa\\s+xa\\s+hoi\\s+chu\\s+nghia\\s+viet\\s+nam");
    private static final Pattern MOTTO =
            Pattern.compile("doc\\s*lap\\s*[-\u2013\u2014,]?\\s*tu\\s*do\\s*[-\u2013\u2014,]?\\s*hanh\\s*phuc");
    private static final Pattern NUMBER =
            Pattern.compile("(?<![a-z0-9])so\\s*:\\s*([0-9]*)[\\s.\u2026_]*/\\s*([^\\s,;]+)");
    private static final Pattern DATE_WORDS = Pattern.compile(
            ",\\s*ngay\\s*([0-9]{1,2})?[\\s.\u2026_]*thang\\s*([0-9]{1,2})?[\\s.\u2026_]*nam\\s*([0-9]{4})[\\s.)]*$");
    private static final Pattern DATE_SLASHES =
            Pattern.compile(",\\s*(?:ngay\\s*)?([0-9]{1,2})\\s*[/.-]\\s*([0-9]{1,2})\\s*[/.-]\\s*([0-9]{4})[\\s.)]*$");
    private static final Pattern SUBJECT = Pattern.compile("^(?:v\\s*/\\s*v|v\\.v\\.?|ve viec)(?![a-z])\\s*:?\\s*");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile(
            "^(ke hoach|cong van|quyet dinh|huong dan|thong bao|chi thi|chuong trinh|phat dong)$");
    private static final Pattern ADDRESSEES = Pattern.compile("^kinh\\s*gui\\s*:?\\s*");
    private static final Pattern RECIPIENTS = Pattern.compile("^noi\\s*nhan\\s*:?\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-\u2013\u2014\u2022\u00B7\u25AA\u25E6\u2219+*]\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=\u2013\u2014.*~\\s]+$");
    private static final Pattern ROMAN_HEADING =
            Pattern.compile("^(?:PHẦN\\s+|Phần\\s+)?([IVX]{1,5})\\s*[.:)\u2013-]\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2})\\s*[.)]\\s*(.*)$");
    private static final Pattern SUB_NUMBERED = Pattern.compile("^([0-9]{1,2})\\.([0-9]{1,2})\\.?\\s+(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\s*(?:\\)|\\.\\s)\\s*(\\S.*)$");
    private static final Pattern CLOSING = Pattern.compile("^(nhan duoc|tren day la|trong qua trinh (thuc hien|trien khai)"
            + "|de nghi (cac|thu truong|truong|lanh dao)|yeu cau (cac|thu truong|truong))");
    /** Paragraphs that cite the document being implemented, as opposed to the legal bases ("Căn cứ …"). */
    private static final Pattern PLAN_LEAD = Pattern.compile("^(thuc hien|trien khai|theo|de trien khai|huong ung)");
    private static final Pattern BODY_LEAD = Pattern.compile("^(thuc hien|trien khai|theo|de trien khai|huong ung|can cu)");
    private static final Pattern REFERENCE = Pattern.compile(
            "(ke hoach|chi thi|cong van|huong dan|thong bao|nghi quyet|quyet dinh)\\s+so\\s*:?\\s*"
                    + "([0-9]+(?:\\s*[/-]\\s*[a-z0-9]+(?:\\.[a-z0-9]+)*)+)"
                    + "(?:\\s*,?\\s*ngay\\s*([0-9]{1,2})\\s*(?:/|-|\\.|thang)\\s*([0-9]{1,2})\\s*(?:/|-|\\.|nam)\\s*([0-9]{4}))?"
                    + "(\\s*,?\\s*cua\\s+)?");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{3,500}?)\"");
    private static final Pattern THEME_NAMED = Pattern.compile("(chu de|khau hieu)[^\"]{0,30}$");
    private static final Pattern THEME_LEAD =
            Pattern.compile("(phong trao|chu de|khau hieu|cuoc van dong|thi dua|voi ten)[^\"]{0,60}$");
    private static final Pattern ISSUER_STOP = Pattern.compile(
            "^(ve|nham|de|tai|theo|voi|trong|tu|trien khai|thuc hien|phat dong|ban hanh|huong dan|to chuc|doi voi"
                    + "|nhu sau|quy dinh|chi dao|v/v)(?![a-z])");
    private static final Pattern SIGNER_TITLE =
            Pattern.compile("^(kt|tm|tl|tuq|q)\\.|giam doc|chu tich|truong|chanh|bi thu|pho ");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[(\\[].*[)\\]]$");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}(?:\\p{Ll}|'\\p{L})*(?: \\p{Lu}(?:\\p{Ll}|'\\p{L})*){1,5}$");
    private static final Pattern UNIT_LEVEL = Pattern.compile("^(tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi xa) ");
    private static final Pattern PEOPLES_BODY = Pattern.compile("^(uy ban nhan dan|hoi dong nhan dan)$");

    private static final String NO_SIGNER =
            "Không thấy khối chữ ký ở cuối văn bản (thẩm quyền, chức vụ viết hoa và họ tên người ký).";

    /** Reads the letter; never throws on odd text, it only finds less. */
    public LetterReading read(String rawText) {
        return new Reading(LetterText.of(rawText)).read();
    }

    /** One reading of one text: the positions found so far. */
    private static final class Reading {

        private final LetterText text;
        private int numberLine = -1;
        private int dateLine = -1;
        private int subjectLine = -1;
        private int subjectEnd = -1;
        private int bodyStart;
        private int bodyEnd;
        private int recipientsLine = -1;
        private int signerStart = -1;
        private List<String> signerLines = List.of();
        private int signerNameLine = -1;

        Reading(LetterText text) {
            this.text = text;
        }

        LetterReading read() {
            Matcher number = findNumber();
            DatePart date = findDate(number);
            Field<String> documentType = findSubjectLine();
            Field<String> subject = subject();
            Field<List<String>> addressees = addressees();
            List<String> header = headerLines();
            Field<String> parentBody;
            Field<String> issuer;
            if (header.isEmpty()) {
                parentBody = Field.missing("Không thấy tên cơ quan chủ quản ở đầu văn bản (góc trên bên trái).");
                issuer = Field.missing("Không thấy tên cơ quan ban hành ở đầu văn bản (góc trên bên trái).");
            } else if (header.size() == 1) {
                parentBody = Field.missing("Đầu văn bản chỉ có một dòng tên cơ quan, không có cơ quan chủ quản.");
                issuer = Field.found(header.getFirst());
            } else if (header.size() == 2 && PEOPLES_BODY.matcher(LetterText.fold(header.get(0))).matches()
                    && UNIT_LEVEL.matcher(LetterText.fold(header.get(1)) + " ").find()) {
                parentBody = Field.missing("Cơ quan ban hành (" + header.get(0) + " " + header.get(1)
                        + ") là cơ quan cấp trên cùng, không có cơ quan chủ quản.");
                issuer = Field.found(header.get(0) + " " + header.get(1));
            } else {
                parentBody = Field.found(header.getFirst());
                issuer = Field.found(String.join(" ", header.subList(1, header.size())));
            }
            findSigner();
            Field<List<String>> recipients = recipients();
            bodyEnd = text.size();
            if (recipientsLine > bodyStart) {
                bodyEnd = recipientsLine;
            }
            if (signerStart > bodyStart && signerStart < bodyEnd) {
                bodyEnd = signerStart;
            }
            return new LetterReading(parentBody, issuer, documentType, numberPart(number), symbolPart(number),
                    date.place, date.date, date.year, subject, addressees, parentPlans(), theme(), contents(),
                    recipients, signerAuthority(), signerTitle(), signerName());
        }

        // ---- number and symbol ------------------------------------------------------------------

        private Matcher findNumber() {
            numberLine = text.find(NUMBER, 0, TOP);
            return numberLine < 0 ? null : text.match(NUMBER, numberLine);
        }

        private Field<String> numberPart(Matcher number) {
            if (number == null) {
                return Field.missing("Không thấy dòng “Số: …/…” (số và ký hiệu văn bản).");
            }
            if (number.group(1).isEmpty()) {
                return Field.missing("Số văn bản để trống (văn bản chưa được cấp số).");
            }
            return Field.found(number.group(1));
        }

        private Field<String> symbolPart(Matcher number) {
            if (number == null) {
                return Field.missing("Không thấy dòng “Số: …/…” (số và ký hiệu văn bản).");
            }
            String symbol = text.line(numberLine).substring(number.start(2), number.end(2))
                    .replaceAll("[.;:]+$", "");
            return symbol.isEmpty() ? Field.missing("Không thấy ký hiệu văn bản sau dấu “/” ở dòng “Số:”.")
                    : Field.found(symbol);
        }

        // ---- place and date ---------------------------------------------------------------------

        private record DatePart(Field<String> place, Field<LocalDate> date, Field<Integer> year) {
        }

        private DatePart findDate(Matcher number) {
            for (int i = 0; i < Math.min(TOP, text.size()); i++) {
                Matcher words = text.match(DATE_WORDS, i);
                Matcher slashes = words == null ? text.match(DATE_SLASHES, i) : null;
                Matcher found = words != null ? words : slashes;
                if (found == null) {
                    continue;
                }
                int placeFrom = i == numberLine && number != null && number.end() <= found.start() ? number.end() : 0;
                String place = text.line(i).substring(placeFrom, found.start()).strip();
                if (place.isEmpty() || place.length() > 60 || place.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                dateLine = i;
                return new DatePart(Field.found(place), date(found.group(1), found.group(2), found.group(3)),
                        Field.found(Integer.parseInt(found.group(3))));
            }
            String note = "Không thấy địa danh và ngày ban hành (“…, ngày … tháng … năm …”).";
            return new DatePart(Field.missing(note), Field.missing(note), Field.missing(note));
        }

        private static Field<LocalDate> date(String day, String month, String year) {
            if (day == null || month == null) {
                return Field.missing("Ngày, tháng ban hành để trống (văn bản chưa ký ban hành); chỉ có năm " + year + ".");
            }
            try {
                return Field.found(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
            } catch (DateTimeException invalid) {
                return Field.missing("Ngày ban hành “" + day + "/" + month + "/" + year + "” không phải ngày có thật.");
            }
        }

        // ---- subject, type, addressees ----------------------------------------------------------

        private Field<String> findSubjectLine() {
            subjectLine = text.find(SUBJECT, 0, TOP);
            if (subjectLine >= 0) {
                return Field.found("Công văn");
            }
            for (int i = 0; i < Math.min(TOP, text.size()); i++) {
                String line = text.line(i);
                if (DOCUMENT_TYPE.matcher(text.folded(i)).matches() && line.equals(line.toUpperCase(VI))) {
                    subjectLine = i;
                    String lower = line.toLowerCase(VI);
                    return Field.found(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
                }
            }
            return Field.missing("Không thấy trích yếu “V/v …” hay tên loại văn bản (KẾ HOẠCH, QUYẾT ĐỊNH…).");
        }

        private Field<String> subject() {
            if (subjectLine < 0) {
                return Field.missing("Không thấy trích yếu (“V/v …”, hoặc dòng dưới tên loại văn bản).");
            }
            List<String> parts = new ArrayList<>();
            int i = subjectLine;
            Matcher vv = text.match(SUBJECT, i);
            if (vv != null) {
                String rest = text.line(i).substring(vv.end()).strip();
                if (!rest.isEmpty()) {
                    parts.add(rest);
                }
                i++;
            } else {
                i++;
                while (i < text.size() && text.isBlank(i) && i < subjectLine + 3) {
                    i++;
                }
            }
            while (i < text.size() && !text.isBlank(i) && !endsSubject(i)) {
                parts.add(text.line(i));
                i++;
            }
            subjectEnd = i;
            if (parts.isEmpty()) {
                return Field.missing("Dòng trích yếu để trống.");
            }
            return Field.found(String.join(" ", parts));
        }

        private boolean endsSubject(int i) {
            String folded = text.folded(i);
            return SEPARATOR.matcher(folded).matches() || ADDRESSEES.matcher(folded).find()
                    || Character.isUpperCase(text.line(i).charAt(0)) && BODY_LEAD.matcher(folded).find() || ROMAN_HEADING.matcher(text.line(i)).matches()
                    || i == dateLine || i == numberLine;
        }

        private Field<List<String>> addressees() {
            int from = Math.max(0, subjectLine);
            int line = text.find(ADDRESSEES, from, from + TOP);
            bodyStart = Math.max(Math.max(subjectEnd, dateLine + 1), numberLine + 1);
            if (line < 0) {
                return Field.missing("Không có dòng “Kính gửi:” (kế hoạch, quyết định thường không có).");
            }
            Matcher kg = text.match(ADDRESSEES, line);
            List<String> names = new ArrayList<>();
            String inline = text.line(line).substring(kg.end()).strip();
            if (!inline.isEmpty()) {
                names.add(listItem(inline));
            }
            int end = collectBullets(line + 1, text.size(), names, inline.isEmpty() ? 4 : 1);
            bodyStart = Math.max(bodyStart, end);
            return Field.list(names.stream().filter(name -> !name.isEmpty()).toList(),
                    "Dòng “Kính gửi:” không có tên người nhận.");
        }

        /**
         * Collects a dash list starting at {@code from}: blank lines before the first item are
         * skipped (at most {@code blanksAllowed}); a line that starts in lower case continues the
         * item above. Returns the line after the list.
         */
        private int collectBullets(int from, int to, List<String> items, int blanksAllowed) {
            int i = from;
            int blanks = 0;
            while (i < to) {
                if (text.isBlank(i)) {
                    if (items.isEmpty() && ++blanks > blanksAllowed) {
                        return i;
                    }
                    i++;
                    continue;
                }
                String line = text.line(i);
                Matcher bullet = BULLET.matcher(line);
                if (bullet.find()) {
                    items.add(listItem(line.substring(bullet.end())));
                } else if (!items.isEmpty() && Character.isLowerCase(line.charAt(0)) && i != signerStart) {
                    int last = items.size() - 1;
                    items.set(last, listItem(items.get(last) + " " + line));
                } else {
                    return i;
                }
                i++;
            }
            return i;
        }

        private static String listItem(String item) {
            return item.strip().replaceAll("[;,.]+$", "").strip();
        }

        // ---- header -----------------------------------------------------------------------------

        /** The upper-case lines above the number and subject, without the national title and motto. */
        private List<String> headerLines() {
            int end = text.size();
            for (int candidate : new int[] { numberLine, dateLine, subjectLine }) {
                if (candidate >= 0) {
                    end = Math.min(end, candidate);
                }
            }
            end = Math.min(end, TOP);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < end; i++) {
                String left = withoutNationalHeading(i);
                if (left.isEmpty() || SEPARATOR.matcher(left).matches() || !left.equals(left.toUpperCase(VI))
                        || left.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                lines.add(left.replaceAll("^[-_\\s]+|[-_\\s]+$", ""));
            }
            return lines;
        }

        private String withoutNationalHeading(int i) {
            String line = text.line(i);
            String folded = text.folded(i);
            for (Pattern heading : new Pattern[] { NATIONAL_TITLE, MOTTO }) {
                Matcher matcher = heading.matcher(folded);
                if (matcher.find()) {
                    line = line.substring(0, matcher.start()) + " " + line.substring(matcher.end());
                    folded = folded.substring(0, matcher.start()) + " " + folded.substring(matcher.end());
                }
            }
            return line.strip();
        }

        // ---- signer and recipients --------------------------------------------------------------

        /**
         * From the end up: a person's name below one to four upper-case lines of authority and title,
         * or below a "Nơi nhận:" line that carries the title in its second column (a two-column
         * block flattened into lines), or, unsigned, such a title block alone at the end.
         */
        private void findSigner() {
            for (int i = text.size() - 1; i > bodyStart; i--) {
                if (!isPersonName(i)) {
                    continue;
                }
                int j = skipBack(i - 1, false);
                if (isAuthority(j)) {
                    int k = j;
                    while (k - 1 > bodyStart && k > j - 3 && isAuthority(k - 1)) {
                        k--;
                    }
                    signer(k, text.lines(k, j + 1), i);
                    return;
                }
                int recipientsAbove = skipBack(i - 1, true);
                Matcher nn = recipientsAbove > bodyStart ? text.match(RECIPIENTS, recipientsAbove) : null;
                if (nn != null) {
                    String secondColumn = text.line(recipientsAbove).substring(nn.end()).strip();
                    if (!secondColumn.isEmpty() && isAuthorityText(secondColumn)) {
                        signer(recipientsAbove, List.of(secondColumn), i);
                        return;
                    }
                }
            }
            findUnsignedAuthority();
        }

        private void signer(int start, List<String> authority, int nameLine) {
            signerStart = start;
            signerLines = authority;
            signerNameLine = nameLine;
        }

        /** The first line above {@code from} that is not blank, a "(Đã ký)" mark or, if asked, a dash item. */
        private int skipBack(int from, boolean overListItems) {
            int j = from;
            int limit = overListItems ? 30 : 6;
            while (j > bodyStart && from - j < limit && (text.isBlank(j) || PLACEHOLDER.matcher(text.line(j)).matches()
                    || overListItems && BULLET.matcher(text.line(j)).find())) {
                j--;
            }
            return j;
        }

        /** A title block at the very end with no name under it (a draft not yet signed). */
        private void findUnsignedAuthority() {
            int j = skipBack(text.size() - 1, false);
            if (j <= bodyStart || !isAuthority(j)) {
                return;
            }
            int k = j;
            while (k - 1 > bodyStart && k > j - 3 && isAuthority(k - 1)) {
                k--;
            }
            if (SIGNER_TITLE.matcher(LetterText.fold(text.line(k))).find()) {
                signer(k, text.lines(k, j + 1), -1);
            }
        }

        private boolean isPersonName(int i) {
            String line = text.line(i);
            return line.length() <= 50 && PERSON_NAME.matcher(line).matches();
        }

        private boolean isAuthority(int i) {
            if (i < 0 || text.isBlank(i)) {
                return false;
            }
            return isAuthorityText(text.line(i)) && !RECIPIENTS.matcher(text.folded(i)).find();
        }

        private static boolean isAuthorityText(String line) {
            return line.length() <= 60 && line.equals(line.toUpperCase(VI)) && line.chars().anyMatch(Character::isLetter)
                    && line.chars().noneMatch(Character::isDigit) && !BULLET.matcher(line).find()
                    && !ROMAN_HEADING.matcher(line).matches();
        }

        private Field<List<String>> signerAuthority() {
            if (signerStart < 0) {
                return Field.missing(NO_SIGNER);
            }
            return Field.found(signerLines);
        }

        private Field<String> signerTitle() {
            if (signerStart < 0) {
                return Field.missing(NO_SIGNER);
            }
            String last = signerLines.getLast();
            String title = last.replaceFirst("^(KT|TM|TL|TUQ|Q|K/T)\\.?\\s+", "").strip();
            return Field.found(title.isEmpty() ? last : title);
        }

        private Field<String> signerName() {
            if (signerStart < 0) {
                return Field.missing(NO_SIGNER);
            }
            return signerNameLine < 0 ? Field.missing("Có chức vụ người ký nhưng chưa có họ tên (văn bản chưa ký).")
                    : Field.found(text.line(signerNameLine));
        }

        private Field<List<String>> recipients() {
            recipientsLine = text.find(RECIPIENTS, bodyStart, text.size());
            if (recipientsLine < 0) {
                return Field.missing("Không thấy phần “Nơi nhận:”.");
            }
            List<String> items = new ArrayList<>();
            Matcher nn = text.match(RECIPIENTS, recipientsLine);
            String inline = text.line(recipientsLine).substring(nn.end()).strip();
            if (BULLET.matcher(inline).find()) {
                items.add(listItem(inline.replaceFirst(BULLET.pattern(), "")));
            }
            int to = signerStart > recipientsLine ? signerStart : text.size();
            collectBullets(recipientsLine + 1, to, items, 3);
            return Field.list(items, "Phần “Nơi nhận:” không liệt kê nơi nhận nào.");
        }

        // ---- references and theme ---------------------------------------------------------------

        private Field<List<PlanReference>> parentPlans() {
            Map<String, PlanReference> plans = new LinkedHashMap<>();
            int from = subjectLine >= 0 ? subjectLine : bodyStart;
            for (int i = from; i < bodyEnd; i++) {
                if (i >= subjectEnd && i < bodyStart) {
                    continue; // the addressees
                }
                Matcher reference = REFERENCE.matcher(text.folded(i));
                while (reference.find()) {
                    String kind = reference.group(1);
                    boolean inSubject = i < subjectEnd;
                    if (!kind.equals("ke hoach") && !inSubject && !PLAN_LEAD.matcher(text.folded(paragraphStart(i))).find()) {
                        continue;
                    }
                    PlanReference plan = reference(i, reference);
                    String key = LetterText.fold(plan.number()).replace(" ", "");
                    PlanReference known = plans.get(key);
                    plans.put(key, known == null ? plan : merge(known, plan));
                }
            }
            return Field.list(new ArrayList<>(plans.values()),
                    "Không thấy văn bản cấp trên được dẫn chiếu (“Kế hoạch số … ngày … của …”).");
        }

        private int paragraphStart(int i) {
            int start = i;
            while (start > 0 && !text.isBlank(start - 1) && start > bodyStart) {
                start--;
            }
            return start;
        }

        private PlanReference reference(int i, Matcher reference) {
            String line = text.line(i);
            String original = line.substring(reference.start(1), reference.end(1));
            String kind = Character.toUpperCase(original.charAt(0)) + original.substring(1).toLowerCase(VI);
            String number = line.substring(reference.start(2), reference.end(2)).replace(" ", "");
            LocalDate date = null;
            if (reference.group(3) != null) {
                try {
                    date = LocalDate.of(Integer.parseInt(reference.group(5)), Integer.parseInt(reference.group(4)),
                            Integer.parseInt(reference.group(3)));
                } catch (DateTimeException invalid) {
                    date = null;
                }
            }
            String issuer = null;
            int end = reference.end();
            if (reference.group(6) != null) {
                int issuerEnd = issuerEnd(text.folded(i), reference.end());
                issuer = line.substring(reference.end(), issuerEnd).strip().replaceAll("[\\s,;:.-]+$", "");
                end = issuerEnd;
                if (issuer.isEmpty()) {
                    issuer = null;
                    end = reference.end(6) - reference.group(6).length();
                }
            }
            String citation = line.substring(reference.start(), end).strip().replaceAll("[\\s,;:]+$", "");
            return new PlanReference(kind, number, date, issuer, citation);
        }

        /** Where an issuer's name ends: at punctuation, a quote, or a word that starts what follows it. */
        private static int issuerEnd(String folded, int from) {
            int i = from;
            int words = 0;
            while (i < folded.length() && words < 15) {
                char c = folded.charAt(i);
                if (",;:.\"()".indexOf(c) >= 0) {
                    return i;
                }
                if (c == ' ' || c == '-') {
                    i++;
                    continue;
                }
                if (ISSUER_STOP.matcher(folded.substring(i)).find()) {
                    return i;
                }
                while (i < folded.length() && folded.charAt(i) != ' ' && ",;:.\"()".indexOf(folded.charAt(i)) < 0) {
                    i++;
                }
                words++;
            }
            return i;
        }

        private static PlanReference merge(PlanReference first, PlanReference later) {
            return new PlanReference(first.kind(), first.number(), first.date() != null ? first.date() : later.date(),
                    first.issuer() != null ? first.issuer() : later.issuer(),
                    first.complete() || !later.complete() ? first.citation() : later.citation());
        }

        /**
         * The quoted slogan: a quotation introduced as the theme or slogan ("với chủ đề “…”") first,
         * then one introduced as a movement's name, then, noted as such, the first long quotation.
         */
        private Field<String> theme() {
            int from = subjectLine >= 0 ? subjectLine : bodyStart;
            List<Quote> quotes = new ArrayList<>();
            for (int i = from; i < bodyEnd; i++) {
                if (i >= subjectEnd && i < bodyStart) {
                    continue;
                }
                Matcher quote = QUOTED.matcher(text.line(i));
                while (quote.find()) {
                    String inner = quote.group(1).strip().replaceAll("[\\s,;]+$", "");
                    quotes.add(new Quote(inner, text.folded(i).substring(0, quote.start())));
                }
            }
            for (Pattern lead : new Pattern[] { THEME_NAMED, THEME_LEAD }) {
                for (Quote quote : quotes) {
                    if (quote.words() >= 3 && lead.matcher(quote.before()).find()) {
                        return Field.found(quote.text());
                    }
                }
            }
            return quotes.stream().filter(quote -> quote.words() >= 4).findFirst()
                    .map(quote -> Field.found(quote.text(),
                            "Đoạn trong ngoặc kép đầu tiên; văn bản không nói rõ đây là chủ đề hay khẩu hiệu."))
                    .orElseGet(() -> Field.missing("Không thấy khẩu hiệu, chủ đề phong trào trong ngoặc kép."));
        }

        private record Quote(String text, String before) {

            int words() {
                return text.split("\\s+").length;
            }
        }

        // ---- contents ---------------------------------------------------------------------------

        private Field<List<Content>> contents() {
            int from = bodyStart;
            int to = bodyEnd;
            String where = null;
            List<Integer> headings = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (ROMAN_HEADING.matcher(text.line(i)).matches() && isRoman(text.line(i))) {
                    headings.add(i);
                }
            }
            if (!headings.isEmpty()) {
                int chosen = -1;
                for (String wanted : new String[] { "noi dung", "chi tieu", "nhiem vu" }) {
                    for (int h : headings) {
                        if (chosen < 0 && text.folded(h).contains(wanted)) {
                            chosen = h;
                        }
                    }
                }
                if (chosen < 0) {
                    List<String> names = headings.stream().map(text::line).toList();
                    return Field.missing("Văn bản chia mục La Mã nhưng không có mục “Nội dung thi đua” ("
                            + String.join("; ", names) + ").");
                }
                from = chosen + 1;
                int next = headings.indexOf(chosen) + 1;
                to = next < headings.size() ? headings.get(next) : to;
                where = text.line(chosen);
            }
            ContentList list = new ContentList();
            for (int i = from; i < to && !list.stopped; i++) {
                list.accept(text.line(i), text.folded(i));
            }
            List<Content> contents = list.contents();
            if (contents.isEmpty()) {
                return Field.missing("Không thấy các nội dung thi đua đánh số (1., 2., …)"
                        + (where == null ? "." : " trong mục “" + where + "”."));
            }
            List<String> notes = new ArrayList<>();
            if (where != null) {
                notes.add("Lấy từ mục “" + where + "”.");
            }
            if (list.stopNote != null) {
                notes.add(list.stopNote);
            }
            return Field.found(contents, notes.isEmpty() ? null : String.join(" ", notes));
        }

        private static boolean isRoman(String line) {
            Matcher matcher = ROMAN_HEADING.matcher(line);
            return matcher.matches() && romanValue(matcher.group(1)) > 0;
        }

        /** I to XX written canonically; 0 for anything else (a word such as "VI" in prose is rare at a line start). */
        private static int romanValue(String numeral) {
            String[] canonical = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                    "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX" };
            for (int i = 0; i < canonical.length; i++) {
                if (canonical[i].equals(numeral)) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    /** Numbered contents as they come, line by line, with their lettered items and continuation lines. */
    private static final class ContentList {

        private final List<Content> done = new ArrayList<>();
        private Integer number;
        private StringBuilder contentText;
        private List<Item> items;
        private String itemLabel;
        private StringBuilder itemText;
        private boolean paragraphBreak;
        boolean stopped;
        String stopNote;

        void accept(String line, String folded) {
            if (line.isEmpty()) {
                paragraphBreak = true;
                return;
            }
            Matcher sub = SUB_NUMBERED.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            Matcher lettered = LETTERED.matcher(line);
            if (number != null && sub.matches() && Integer.parseInt(sub.group(1)) == number) {
                startItem(sub.group(1) + "." + sub.group(2), sub.group(3));
            } else if (numbered.matches() && !sub.matches()) {
                int n = Integer.parseInt(numbered.group(1));
                int expected = number == null ? 1 : number + 1;
                if (n == expected) {
                    finishContent();
                    number = n;
                    contentText = new StringBuilder(numbered.group(2).strip());
                    items = new ArrayList<>();
                } else if (number != null) {
                    stop("Dừng ở dòng đánh số “" + n + ".” sau nội dung số " + number
                            + " (đánh số lại hoặc không liên tục); phần sau không được lấy làm nội dung thi đua.");
                }
            } else if (number != null && lettered.matches()) {
                startItem(lettered.group(1), lettered.group(2));
            } else if (number != null) {
                if (paragraphBreak && CLOSING.matcher(folded).find()) {
                    stop(null);
                    return;
                }
                append(line);
            }
            paragraphBreak = false;
        }

        private void stop(String note) {
            stopped = true;
            stopNote = note;
        }

        private void startItem(String label, String firstLine) {
            finishItem();
            itemLabel = label;
            itemText = new StringBuilder(firstLine.strip());
        }

        private void append(String line) {
            StringBuilder target = itemText != null ? itemText : contentText;
            if (target.isEmpty()) {
                target.append(line);
                return;
            }
            char last = target.charAt(target.length() - 1);
            boolean sentenceEnded = ".;:!?\")".indexOf(last) >= 0;
            boolean bullet = BULLET.matcher(line).find();
            target.append(sentenceEnded || bullet ? "\n" : " ").append(line);
        }

        private void finishItem() {
            if (itemLabel != null) {
                items.add(new Item(itemLabel, clean(itemText.toString()).replaceAll(";$", "")));
            }
            itemLabel = null;
            itemText = null;
        }

        private void finishContent() {
            finishItem();
            if (number != null) {
                done.add(new Content(number, clean(contentText.toString()), List.copyOf(items)));
            }
        }

        List<Content> contents() {
            finishContent();
            number = null;
            return List.copyOf(done);
        }

        /** The end-of-text mark "./." is the letter's, not the content's. */
        private static String clean(String text) {
            return text.strip().replaceAll("\\s*\\./\\.$", ".").replaceAll("/\\.$", ".").strip();
        }
    }
}
