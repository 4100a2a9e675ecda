package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.portal.security.PortalUser;

/** Each role starts where its work is. */
class LandingTest {

    @Test
    void leadersCouncilMembersAndViewersLandOnTheirOwnPages() {
        assertThat(WorkspaceController.landingOf(user(List.of("LEADER")))).isEqualTo("/lam-viec/lanh-dao");
        assertThat(WorkspaceController.landingOf(user(List.of("COUNCIL")))).isEqualTo("/lam-viec/hoi-dong");
        assertThat(WorkspaceController.landingOf(user(List.of("VIEWER")))).isEqualTo("/bang-dieu-khien");
        assertThat(WorkspaceController.landingOf(user(List.of()))).isEqualTo("/lam-viec/tong-quan");
    }

    @Test
    void aLeaderWhoAlsoSitsOnTheCouncilStartsWithTheLeadersWork() {
        assertThat(WorkspaceController.landingOf(user(List.of("LEADER", "COUNCIL")))).isEqualTo("/lam-viec/lanh-dao");
    }

    private static PortalUser user(List<String> roles) {
        return new PortalUser("someone", "Nguyễn Văn A", roles, "SNNMT", "SNNMT-VP", null);
    }
}
