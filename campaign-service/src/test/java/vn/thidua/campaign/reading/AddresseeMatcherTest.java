package vn.thidua.campaign.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.campaign.Actors;
import vn.thidua.campaign.directory.Agency;
import vn.thidua.campaign.directory.AgencyDetails;
import vn.thidua.campaign.directory.Unit;

/**
 * The "Kính gửi:" lines of real letters matched against the directory's demo data (infra's
 * demo/directory.json: SNNMT and SNV with their units), plus bodies the demo lacks where a case needs them.
 */
class AddresseeMatcherTest {

    private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Agency SNNMT = agency("SNNMT", "Sở Nông nghiệp và Môi trường", "SNNMT",
            Unit.of("SNNMT-VP", "Văn phòng Sở", null, null, null),
            Unit.of("SNNMT-KHTC", "Phòng Kế hoạch - Tài chính", null, null, null),
            Unit.of("SNNMT-CCQLDD", "Chi cục Quản lý đất đai", null, null, null),
            Unit.of("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", null, null, null),
            Unit.of("SNNMT-TTQT", "Trung tâm Quan trắc tài nguyên và môi trường", null, null, null));
    private static final Agency SNV = agency("SNV", "Sở Nội vụ", "SNV",
            Unit.of("SNV-VP", "Văn phòng Sở", null, null, null),
            Unit.of("SNV-TDKT", "Ban Thi đua - Khen thưởng", null, null, null));
    private static final List<Agency> DEMO = List.of(SNNMT, SNV);

    @Test
    void theSeedLettersAddresseesAreTheOwnUnitsAndNoDistrictBodyOfTheDemoDirectory() {
        LetterReading reading = new LetterReader().read(seed());
        List<AddresseeMatch> matches = new AddresseeMatcher(DEMO, SNNMT, TODAY).matchAll(reading.addressees().value());

        assertThat(matches).hasSize(2);
        AddresseeMatch own = matches.getFirst();
        assertThat(own.addressee()).isEqualTo("Trưởng các phòng, đơn vị trực thuộc Sở");
        assertThat(own.matched()).isTrue();
        assertThat(own.confidence()).isEqualTo(AddresseeMatcher.OWN_UNITS);
        assertThat(own.entries()).extracting(AddresseeMatch.Entry::code)
                .containsExactly("SNNMT-VP", "SNNMT-KHTC", "SNNMT-CCQLDD", "SNNMT-TTCNTT", "SNNMT-TTQT");
        AddresseeMatch districts = matches.get(1);
        assertThat(districts.addressee()).isEqualTo("Phòng Tài nguyên và Môi trường các huyện, thành phố");
        assertThat(districts.matched()).isFalse();
        assertThat(districts.entries()).isEmpty();
        assertThat(districts.confidence()).isZero();
        assertThat(districts.note()).contains("cấp huyện");
    }

    @Test
    void withoutAnAgencyTheOwnUnitsAreNotGuessed() {
        AddresseeMatch match = new AddresseeMatcher(DEMO, null, TODAY).match("Trưởng các phòng, đơn vị trực thuộc Sở");
        assertThat(match.matched()).isFalse();
        assertThat(match.note()).contains("không gắn với cơ quan");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Giám đốc Sở Nội vụ                 | SNV          | AGENCY | 1.0",
            "SO NOI VU                          | SNV          | AGENCY | 1.0",
            "snnmt                              | SNNMT        | AGENCY | 1.0",
            "Sở Nội vụ tỉnh Quảng Ngãi;          | SNV          | AGENCY | 0.9",
            "Văn phòng Sở Nội vụ                | SNV-VP       | UNIT   | 0.95",
            "Trưởng Ban TĐ-KT                   | SNV-TDKT     | UNIT   | 1.0",
            "Ban Thi đua – Khen thưởng.         | SNV-TDKT     | UNIT   | 1.0",
            "Giám đốc Trung tâm CNTT            | SNNMT-TTCNTT | UNIT   | 1.0",
            "Văn phòng Sở                       | SNNMT-VP     | UNIT   | 1.0",
            "Sở NN&MT                           | SNNMT        | AGENCY | 1.0"})
    void namesAbbreviationsAndCodesMatchIgnoringTitlesAndDiacritics(String addressee, String code, String kind,
            double confidence) {
        AddresseeMatch match = new AddresseeMatcher(DEMO, SNNMT, TODAY).match(addressee);

        assertThat(match.matched()).as(addressee).isTrue();
        assertThat(match.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.code()).isEqualTo(code);
            assertThat(entry.kind()).isEqualTo(AddresseeMatch.Kind.valueOf(kind));
        });
        assertThat(match.confidence()).isEqualTo(confidence);
    }

    @Test
    void aNameSeveralAgenciesShareIsNotChosenWithoutAHomeAgency() {
        AddresseeMatch match = new AddresseeMatcher(DEMO, null, TODAY).match("Văn phòng Sở");
        assertThat(match.matched()).isFalse();
        assertThat(match.note()).contains("SNNMT-VP", "SNV-VP");
    }

    @Test
    void unknownBodiesAreUnmatchedNeverInvented() {
        AddresseeMatcher matcher = new AddresseeMatcher(DEMO, SNNMT, TODAY);
        for (String addressee : List.of("Sở TN&MT", "Công an tỉnh", "Các đơn vị", "Trung tâm")) {
            AddresseeMatch match = matcher.match(addressee);
            assertThat(match.matched()).as(addressee).isFalse();
            assertThat(match.entries()).as(addressee).isEmpty();
            assertThat(match.note()).as(addressee).isNotBlank();
        }
    }

    @Test
    void abbreviatedDepartmentsAndLocalBodiesMatchWhenTheDirectoryHasThem() {
        Agency stnmt = agency("STNMT-KT", "Sở Tài nguyên và Môi trường", "STNMT");
        Agency districts = agency("KT-HUYEN", "Các huyện tỉnh Kon Tum", "HUYEN",
                Unit.of("UB-SATHAY", "Ủy ban nhân dân huyện Sa Thầy", null, null, null),
                Unit.of("UB-DAKHA", "UBND huyện Đăk Hà", null, null, null),
                Unit.of("UB-KONTUM", "UBND thành phố Kon Tum", null, null, null),
                Unit.of("TNMT-SATHAY", "Phòng Tài nguyên và Môi trường huyện Sa Thầy", null, null, null));
        List<Agency> directory = new ArrayList<>(DEMO);
        directory.addAll(List.of(stnmt, districts));
        AddresseeMatcher matcher = new AddresseeMatcher(directory, SNNMT, TODAY);

        assertThat(matcher.match("Sở TN&MT").entries()).extracting(AddresseeMatch.Entry::code)
                .containsExactly("STNMT-KT");
        AddresseeMatch committees = matcher.match("Chủ tịch UBND các huyện, thành phố");
        assertThat(committees.matched()).isTrue();
        assertThat(committees.confidence()).isEqualTo(AddresseeMatcher.LOCAL_BODIES);
        assertThat(committees.entries()).extracting(AddresseeMatch.Entry::code)
                .containsExactly("UB-SATHAY", "UB-DAKHA", "UB-KONTUM");
        assertThat(matcher.match("Phòng TN&MT các huyện").entries()).extracting(AddresseeMatch.Entry::code)
                .containsExactly("TNMT-SATHAY");
    }

    @Test
    void aUnitWhoseValidityEndedIsNotMatched() {
        Agency closed = agency("SCU", "Sở Cũ", "SCU", Unit.of("SCU-VP", "Phòng Lưu trữ cũ", null, null, null,
                null, LocalDate.of(2025, 6, 30)));
        AddresseeMatch match = new AddresseeMatcher(List.of(closed), closed, TODAY).match("Phòng Lưu trữ cũ");
        assertThat(match.matched()).isFalse();
    }

    private static Agency agency(String code, String name, String abbreviation, Unit... units) {
        return Agency.register(code, new AgencyDetails(name, abbreviation, "UBND TỈNH QUẢNG NGÃI", List.of(units)), AT,
                Actors.who("admin"));
    }

    private static String seed() {
        try (InputStream in = AddresseeMatcherTest.class.getResourceAsStream("/letters/kon-tum-2021-cong-van-phat-dong.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
