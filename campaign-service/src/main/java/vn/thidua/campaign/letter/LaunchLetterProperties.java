package vn.thidua.campaign.letter;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thidua.campaign.letter.agencies.[<agency code>].*}: how an agency's launch letters are
 * placed and signed, where the directory does not say it. Example:
 * <pre>
 * thidua.campaign.letter.agencies:
 *   "[SNNMT]":
 *     place: Quảng Ngãi
 *     signer-authority: [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]
 *     signer-name: Nguyễn Văn A
 * </pre>
 *
 * @param agencies per agency code; agencies not listed get the defaults of {@link AgencyLetter}
 */
@ConfigurationProperties("thidua.campaign.letter")
public record LaunchLetterProperties(Map<String, AgencyLetter> agencies) {

    public LaunchLetterProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
    }

    /**
     * @param place           the place name of the date line; default: the province of the agency's parent body
     * @param signerAuthority the signer's authority and title lines; default "GIÁM ĐỐC"
     * @param signerName      the signer's name; default: left blank to be written by hand
     */
    public record AgencyLetter(String place, List<String> signerAuthority, String signerName) {

        static final AgencyLetter DEFAULTS = new AgencyLetter(null, null, null);
    }

    AgencyLetter of(String agencyCode) {
        return agencies.getOrDefault(agencyCode, AgencyLetter.DEFAULTS);
    }
}
