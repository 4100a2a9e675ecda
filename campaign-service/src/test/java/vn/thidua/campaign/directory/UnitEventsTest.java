package vn.thidua.campaign.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.contracts.campaign.DirectoryEvent;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.web.DomainException;

/** What the directory announces when agencies are registered and revised, and when units become history. */
class UnitEventsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-06T01:00:00Z");
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    private static Unit office(String head, LocalDate validTo) {
        return Unit.of("SNNMT-VP", "Văn phòng Sở", head, "vp.snnmt@quangngai.demo.thidua.vn", "0255 3822 001",
                JULY_2025, validTo);
    }

    private static Unit itCentre(String phone) {
        return Unit.of("SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", "Lê Văn Đức", null, phone);
    }

    private static AgencyDetails details(Unit... units) {
        return new AgencyDetails("Sở Nông nghiệp và Môi trường", "SNNMT", "UBND TỈNH QUẢNG NGÃI", List.of(units));
    }

    @Test
    void registeringAnAgencyAnnouncesEachUnit() {
        Agency agency = Agency.register("SNNMT", details(office("Trần Thị Hồng", null), itCentre(null)), T0, Actors.who("office"));

        assertThat(agency.registrationEvents()).containsExactly(
                new UnitRegistered("SNNMT-VP", "SNNMT", "Sở Nông nghiệp và Môi trường", "Văn phòng Sở", "Trần Thị Hồng",
                        "vp.snnmt@quangngai.demo.thidua.vn", "0255 3822 001", JULY_2025, null),
                new UnitRegistered("SNNMT-TTCNTT", "SNNMT", "Sở Nông nghiệp và Môi trường",
                        "Trung tâm Công nghệ thông tin", "Lê Văn Đức", null, null, null, null));
        assertThat(agency.registrationEvents()).extracting(DirectoryEvent::aggregateId)
                .containsExactly("SNNMT-VP", "SNNMT-TTCNTT");
    }

    @Test
    void revisingAnnouncesNewAndChangedUnitsOnlyWithTheChangedFields() {
        Agency agency = Agency.register("SNNMT", details(office("Trần Thị Hồng", null), itCentre(null)), T0, Actors.who("office"));
        Unit archive = Unit.of("SNNMT-LT", "Phòng Lưu trữ", null, null, null);

        List<DirectoryEvent> events = agency.revise(details(office("Phạm Thị Lan", LocalDate.of(2026, 12, 31)),
                itCentre(null), archive), T1, Actors.who("admin"));

        assertThat(events).hasSize(2);
        assertThat(events.getFirst()).isInstanceOfSatisfying(UnitChanged.class, changed -> {
            assertThat(changed.unitId()).isEqualTo("SNNMT-VP");
            assertThat(changed.headName()).isEqualTo("Phạm Thị Lan");
            assertThat(changed.email()).isEqualTo("vp.snnmt@quangngai.demo.thidua.vn");
            assertThat(changed.changedFields()).containsExactly("headName", "validTo");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(UnitRegistered.class,
                registered -> assertThat(registered.unitId()).isEqualTo("SNNMT-LT"));
        assertThat(agency.auditTrail()).extracting(entry -> entry.action()).containsExactly("CREATED", "UPDATED");
    }

    @Test
    void aRepeatedIdenticalDescriptionAnnouncesNothing() {
        Agency agency = Agency.register("SNNMT", details(office("Trần Thị Hồng", null)), T0, Actors.who("office"));

        assertThat(agency.isDescribedBy(details(office(" Trần Thị Hồng ", null)))).isTrue();
        assertThat(agency.revise(details(office("Trần Thị Hồng", null)), T1, Actors.who("office"))).isEmpty();
        assertThat(agency.auditTrail()).hasSize(1);
    }

    @Test
    void anAgencyOnlyChangeIsAuditedButAnnouncesNoUnit() {
        Agency agency = Agency.register("SNNMT", details(itCentre("0255 1")), T0, Actors.who("office"));

        List<DirectoryEvent> events = agency.revise(new AgencyDetails("Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
                "SNNMT", null, List.of(itCentre("0255 1"))), T1, Actors.who("office"));

        assertThat(events).isEmpty();
        assertThat(agency.auditTrail()).hasSize(2);
    }

    @Test
    void aUnitIsHistoryOnlyAfterItsLastValidDay() {
        Unit merged = office("Trần Thị Hồng", LocalDate.of(2025, 6, 30));

        assertThat(merged.isHistoryOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(merged.isHistoryOn(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(office("Trần Thị Hồng", null).isHistoryOn(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void aUnitCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> details(Unit.of("SNNMT-VP", "Văn phòng Sở", null, null, null, LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1)))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-unit-validity");
                    assertThat(e.getMessage()).contains("SNNMT-VP");
                });
    }
}
