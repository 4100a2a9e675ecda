package vn.thidua.portal.workspace.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.portal.services.ReportingApi;

class UnitControllerTest {

    @Test
    void aResultsErrorGoesBesideTheContentItWasSentFor() {
        List<ReportingApi.Content> contents = List.of(new ReportingApi.Content(1, "A"), new ReportingApi.Content(3, "B"));

        assertThat(UnitController.fieldOf("results[1].narrative", contents)).isEqualTo("narrative-3");
        assertThat(UnitController.fieldOf("summary", contents)).isEqualTo("summary");
        assertThat(UnitController.fieldOf("results[5].narrative", contents)).isNull();
    }
}
