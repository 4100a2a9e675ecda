package vn.thidua.award.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.test.Contracts;

/** Producer contract: a published list announces the golden {@code DisclosureOpened}, public data only. */
class DisclosureOpenedContractTest {

    @Test
    void aPublishedListAnnouncesTheGoldenDisclosureOpened() {
        Instant publishedAt = Instant.parse("2026-12-01T02:00:00Z");
        Disclosure disclosure = new Disclosure("ck-0001", "SNNMT", "Danh sách đề nghị khen thưởng năm 2026",
                List.of(new Disclosure.Item("nom-0002", "cá nhân Trần Thị Mai (Văn phòng Sở)", "Văn phòng Sở",
                        "Chiến sĩ thi đua cơ sở")),
                LocalDate.of(2026, 12, 1), 10, LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 16), "office",
                publishedAt, List.of());

        DisclosureOpened opened = disclosure.opened();

        assertThat(opened.aggregateId()).isEqualTo("ck-0001");
        String published = new EventOutbox("/thidua/award-service", Clock.fixed(publishedAt, ZoneOffset.UTC), null)
                .record(opened).data();
        Contracts.assertEqualsGolden(EventCatalog.of(DisclosureOpened.class), published);
        Contracts.assertValid(EventCatalog.of(DisclosureOpened.class), published);
        assertThat(published).as("the public list, not the dossier").doesNotContain("reason", "publishedBy", "office");
    }
}
