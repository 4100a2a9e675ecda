package vn.thidua.documents;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * What an official letter (công văn) says, in the parts Decree 30/2020 lays out. Texts are given as
 * they should read; the renderers add only the layout and the punctuation of lists (";" between
 * items, "." after the last), so both formats say exactly the same.
 *
 * @param parentBody      the body above the issuer (cơ quan chủ quản), e.g. "UBND TỈNH QUẢNG NGÃI"; may be null
 * @param issuingBody     the issuer (cơ quan ban hành), e.g. "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
 * @param number          number and symbol once numbered, e.g. "12/SNNMT-VP"; null while unnumbered
 * @param symbol          the symbol alone, e.g. "SNNMT-VP": shown after a blank number while unnumbered
 * @param place           the place name of the date line, e.g. "Quảng Ngãi"
 * @param date            the date of issue; null while undated (the day and month are left blank)
 * @param year            the year written on an undated letter; taken from {@code date} when null
 * @param subject         the subject line (trích yếu), e.g. "V/v Phát động phong trào thi đua …"
 * @param addressees      "Kính gửi:" entries: inline when one, a dash list when several
 * @param body            the paragraphs of the body, numbered ones written as "1. …"
 * @param signerAuthority the authority and title lines, e.g. ["GIÁM ĐỐC"] or ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
 * @param signerName      the signer's full name; null or blank leaves the line empty
 * @param recipients      "Nơi nhận:" entries, last one usually "Lưu: VT, VP"
 */
public record OfficialLetter(String parentBody, String issuingBody, String number, String symbol, String place,
        LocalDate date, Year year, String subject, List<String> addressees, List<String> body,
        List<String> signerAuthority, String signerName, List<String> recipients) {

    public OfficialLetter {
        requireText(issuingBody, "issuingBody");
        requireText(place, "place");
        requireText(subject, "subject");
        if (isBlank(number) && isBlank(symbol)) {
            throw new IllegalArgumentException("An unnumbered letter needs its symbol");
        }
        if (date == null && year == null) {
            throw new IllegalArgumentException("An undated letter needs its year");
        }
        year = date == null ? year : Year.from(date);
        number = isBlank(number) ? null : number.strip();
        addressees = copyOf(addressees, "addressees");
        body = copyOf(body, "body");
        signerAuthority = copyOf(signerAuthority, "signerAuthority");
        recipients = copyOf(recipients, "recipients");
        if (addressees.isEmpty()) {
            throw new IllegalArgumentException("A letter needs at least one addressee");
        }
    }

    private static List<String> copyOf(List<String> lines, String name) {
        Objects.requireNonNull(lines, name);
        return lines.stream().map(line -> requireText(line, name).strip()).toList();
    }

    private static String requireText(String text, String name) {
        if (isBlank(text)) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
