package vn.thidua.campaign.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.campaign.directory.DirectoryService;
import vn.thidua.campaign.directory.Unit;
import vn.thidua.campaign.letter.LaunchLetterProperties.AgencyLetter;
import vn.thidua.documents.OfficialLetter;

/**
 * Writes a movement's launch letter as it stands, with how the agency places and signs its letters
 * (configuration) and which units are its own (the directory).
 */
@Component
public class LetterComposer {

    private final DirectoryService directory;
    private final LaunchLetterProperties properties;
    private final Clock clock;

    public LetterComposer(DirectoryService directory, LaunchLetterProperties properties, Clock clock) {
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    public OfficialLetter compose(Campaign campaign) {
        return LaunchLetter.of(campaign, setting(campaign));
    }

    /**
     * What the letter says, as a SHA-256 (hex) of its parts: an approval holds while the letter's
     * fingerprint is the one that was signed.
     */
    public static String fingerprint(OfficialLetter letter) {
        String canonical = String.join("\u001E", part(letter.parentBody()), part(letter.issuingBody()),
                part(letter.number()), part(letter.symbol()), part(letter.place()), part(letter.date()),
                part(letter.year()), part(letter.subject()), parts(letter.addressees()), parts(letter.body()),
                parts(letter.signerAuthority()), part(letter.signerName()), parts(letter.recipients()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String part(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String parts(List<String> values) {
        return String.join("\u001F", values);
    }

    private LaunchLetter.Setting setting(Campaign campaign) {
        String agencyCode = campaign.issuingAgency().code();
        AgencyLetter configured = properties.of(agencyCode);
        Set<String> ownUnits = directory.findAgency(agencyCode)
                .map(agency -> agency.units().stream().map(Unit::code).collect(Collectors.toSet()))
                .orElse(Set.of());
        boolean ownUnitsOnly = campaign.participants().stream().allMatch(p -> ownUnits.contains(p.unitId()));
        // The directory records no head for an agency yet: the name is configured or written by hand.
        return new LaunchLetter.Setting(ownUnitsOnly, place(campaign), configured.signerAuthority(),
                configured.signerName(), Year.from(VietnamDates.today(clock)));
    }

    /** Where the agency dates its letters: configured, else the province of its parent body; null if unknown. */
    String place(Campaign campaign) {
        AgencyLetter configured = properties.of(campaign.issuingAgency().code());
        return configured.place() != null && !configured.place().isBlank() ? configured.place()
                : PlaceNames.fromParentBody(campaign.issuingAgency().parentName()).orElse(null);
    }
}
