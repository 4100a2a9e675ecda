package vn.thidua.campaign.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.eventing.web.DomainException;

class AgencyTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-06T01:00:00Z");

    private static AgencyDetails details(String headOfOffice, Unit... extra) {
        List<Unit> units = new java.util.ArrayList<>(List.of(
                Unit.of("SNNMT-VP", "Văn phòng Sở", headOfOffice, "vp.snnmt@quangngai.demo.thidua.vn", "0255 3822 001")));
        units.addAll(List.of(extra));
        return new AgencyDetails("Sở Nông nghiệp và Môi trường", "SNNMT", "UBND TỈNH QUẢNG NGÃI", units);
    }

    @Test
    void registeringRecordsWhoAddedTheAgency() {
        Agency agency = Agency.register("SNNMT", details("Trần Thị Hồng"), T0, Actors.who("office"));

        assertThat(agency.units()).extracting(Unit::code).containsExactly("SNNMT-VP");
        assertThat(agency.unit("SNNMT-VP")).get().extracting(Unit::searchKey).isEqualTo("van phong so | snnmt vp");
        assertThat(agency.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("office");
            assertThat(entry.at()).isEqualTo(T0);
            assertThat(entry.action()).isEqualTo("CREATED");
        });
    }

    @Test
    void revisingWithTheSameDescriptionChangesNothing() {
        Agency agency = Agency.register("SNNMT", details("Trần Thị Hồng"), T0, Actors.who("office"));

        assertThat(agency.isDescribedBy(details(" Trần Thị Hồng "))).isTrue();
        assertThat(agency.revise(details(" Trần Thị Hồng "), T1, Actors.who("office"))).isEmpty();
        assertThat(agency.auditTrail()).hasSize(1);
        assertThat(agency.updatedAt()).isEqualTo(T0);
    }

    @Test
    void revisingWithNewContactsIsAudited() {
        Agency agency = Agency.register("SNNMT", details("Trần Thị Hồng"), T0, Actors.who("office"));

        assertThat(agency.revise(details("Lê Văn Đức", Unit.of("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", null,
                null, null)), T1, Actors.who("admin"))).isNotEmpty();

        assertThat(agency.unit("SNNMT-VP")).get().extracting(Unit::headName).isEqualTo("Lê Văn Đức");
        assertThat(agency.units()).hasSize(2);
        assertThat(agency.auditTrail()).extracting(entry -> entry.action() + " by " + entry.actor())
                .containsExactly("CREATED by office", "UPDATED by admin");
        assertThat(agency.auditTrail().getLast()).satisfies(entry -> {
            assertThat(entry.before()).endsWith("1 đơn vị");
            assertThat(entry.after()).endsWith("2 đơn vị");
        });
    }

    @Test
    void unitCodesMustBeUniqueWithinTheAgency() {
        assertThatThrownBy(() -> details("A", Unit.of("SNNMT-VP", "Văn phòng (trùng)", null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("duplicate-unit-code");
                    assertThat(e.getMessage()).contains("SNNMT-VP");
                });
    }

    @Test
    void nameAndAbbreviationAreRequired() {
        assertThatThrownBy(() -> new AgencyDetails(" ", "SNNMT", null, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agency-name-required"));
        assertThatThrownBy(() -> new AgencyDetails("Sở Nông nghiệp và Môi trường", null, null, List.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("agency-abbreviation-required"));
    }

    @Test
    void agencyCodesMustBeUrlSafe() {
        assertThatThrownBy(() -> Agency.register("Sở NN", details("A"), T0, Actors.who("office")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-agency-code"));
    }
}
