package vn.thidua.campaign.reading;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One "Kính gửi:" line of a letter and what it names in the directory: the agencies or units it was
 * matched to, with how sure the match is, or nothing ({@code matched} false) and why. Nothing is
 * ever guessed: a line that names no entry, or several with nothing to choose between them, is left
 * unmatched and its note says so.
 *
 * @param confidence 1 for a code or an exact name; less for a name read with its province or parent
 *                   body dropped, or a collective phrase ("các phòng, đơn vị trực thuộc Sở"); 0 when unmatched
 */
@Schema(description = "Một dòng “Kính gửi:” và các cơ quan, đơn vị trong danh bạ khớp với nó")
public record AddresseeMatch(String addressee, boolean matched, List<Entry> entries, double confidence,
        String note) {

    /** A directory entry a line names. */
    public record Entry(String code, String name, Kind kind) {
    }

    public enum Kind {
        AGENCY, UNIT
    }

    static AddresseeMatch of(String addressee, List<Entry> entries, double confidence, String note) {
        return new AddresseeMatch(addressee, true, List.copyOf(entries), confidence, note);
    }

    static AddresseeMatch unmatched(String addressee, String note) {
        return new AddresseeMatch(addressee, false, List.of(), 0, note);
    }
}
