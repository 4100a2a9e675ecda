package vn.thidua.campaign.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

import vn.thidua.campaign.campaign.IssuingAgency;
import vn.thidua.campaign.letter.LetterSigningProperties.Keystore;
import vn.thidua.documents.signing.SigningCredentials;

/** Configured keystores, per agency or for the platform; the generated default is in the embedded test. */
class AgencyCredentialsTest {

    private static final IssuingAgency SNNMT = new IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT",
            "UBND TỈNH QUẢNG NGÃI");
    private static final IssuingAgency SNV = new IssuingAgency("SNV", "Sở Nội vụ", "SNV", "UBND TỈNH QUẢNG NGÃI");

    @TempDir
    Path dir;

    @Test
    void anAgencysOwnKeystoreComesFirstThenThePlatformsWhateverTheCaseOfTheCode() throws Exception {
        SigningCredentials agency = SigningCredentials.selfSigned("Sở Nông nghiệp và Môi trường", null,
                Instant.now(), Duration.ofDays(30));
        SigningCredentials platform = SigningCredentials.selfSigned("Nền tảng Thi Đua", null, Instant.now(),
                Duration.ofDays(30));
        Path agencyFile = Files.write(dir.resolve("snnmt.p12"), agency.toPkcs12("mk-so".toCharArray(), "snnmt"));
        Path platformFile = Files.write(dir.resolve("platform.p12"), platform.toPkcs12("mk-chung".toCharArray(), "td"));
        LetterSigningProperties properties = new LetterSigningProperties(new FileSystemResource(platformFile),
                "mk-chung", "td", Map.of("snnmt", new Keystore(new FileSystemResource(agencyFile), "mk-so", "snnmt")),
                "unused");

        AgencyCredentials credentials = new AgencyCredentials(properties, null, Clock.systemUTC());

        assertThat(credentials.of(SNNMT).certificate()).isEqualTo(agency.certificate());
        assertThat(credentials.of(SNV).certificate()).isEqualTo(platform.certificate());
        assertThat(properties.toString()).doesNotContain("mk-so").doesNotContain("mk-chung");
        assertThat(properties.agencies().get("SNNMT").toString()).doesNotContain("mk-so");
    }
}
