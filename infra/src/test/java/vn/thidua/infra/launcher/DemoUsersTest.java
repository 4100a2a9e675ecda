package vn.thidua.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dev provider's demo users belong to agencies and units that the demo directory seeds. */
class DemoUsersTest {

    private static final Path DEMO_USERS = Path.of("identity-provider/src/main/resources/demo-users.json");

    @Test
    void everyDemoUsersAgencyAndUnitIsInTheSeededDirectory() throws IOException {
        Map<String, List<String>> unitsByAgency = DemoData.agencies().stream().collect(Collectors.toMap(
                DemoData.Agency::code,
                agency -> agency.body().path("units").valueStream().map(unit -> unit.path("code").asString()).toList()));
        List<JsonNode> users = JsonMapper.builder().build().readTree(DEMO_USERS.toFile()).path("users").valueStream().toList();

        assertThat(users).extracting(user -> user.path("username").asString()).containsExactlyInAnyOrder(
                "admin", "office", "office2", "unit", "unit2", "unit3", "council1", "council2", "council3", "leader", "viewer");
        for (JsonNode user : users) {
            String agency = user.path("agency").asString();
            assertThat(unitsByAgency).as(user.path("username").asString()).containsKey(agency);
            assertThat(unitsByAgency.get(agency)).as(user.path("username").asString()).contains(user.path("unit").asString());
        }
        assertThat(users).filteredOn(user -> user.path("roles").toString().contains("OFFICE"))
                .extracting(user -> user.path("agency").asString()).containsExactlyInAnyOrder("SNNMT", "SNV");
    }

    @Test
    void theSeededMovementStillComesFromTheFirstDepartment() {
        assertThat(DemoData.agencies()).extracting(DemoData.Agency::code).containsExactly("SNNMT", "SNV");
        assertThat(DemoData.agencies().getFirst().unitEmails()).hasSize(5);
    }
}
