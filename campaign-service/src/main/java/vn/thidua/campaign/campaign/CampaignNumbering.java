package vn.thidua.campaign.campaign;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.thidua.eventing.store.Sequences;

/**
 * Numbers movements ({@code cmp-2026-0001}) and their launch letters ({@code 12/SNNMT-VP}). Letter
 * numbers are unique per issuing agency per calendar year and restart on 1 January (Decree 30/2020).
 */
@Component
public class CampaignNumbering {

    /** The launch letter is issued by the Office (Văn phòng) of the agency: symbol {@code <ABBR>-VP}. */
    static final String LETTER_ISSUER_SUFFIX = "-VP";

    private final Sequences sequences;
    private final CampaignRepository campaigns;

    public CampaignNumbering(Sequences sequences, CampaignRepository campaigns) {
        this.sequences = sequences;
        this.campaigns = campaigns;
    }

    public String nextCampaignId(Instant now) {
        int year = Campaign.numberingYear(now);
        return "cmp-%d-%04d".formatted(year, sequences.next("campaign:" + year));
    }

    /** The next free letter number of the agency in the year of {@code at}, skipping numbers typed in by hand. */
    public String nextLetterNumber(IssuingAgency agency, Instant at) {
        int year = Campaign.numberingYear(at);
        String number;
        do {
            number = sequences.next("letter:" + agency.code() + ":" + year) + "/" + letterSymbol(agency);
        } while (isTaken(agency, year, number));
        return number;
    }

    /** The symbol of the agency's launch letters, e.g. {@code SNNMT-VP}: shown alone while a letter is unnumbered. */
    public static String letterSymbol(IssuingAgency agency) {
        return agency.abbreviation() + LETTER_ISSUER_SUFFIX;
    }

    public boolean isTaken(IssuingAgency agency, int year, String letterNumber) {
        return campaigns.existsByIssuingAgencyCodeAndLetterYearAndLetterNumber(agency.code(), year, letterNumber);
    }
}
