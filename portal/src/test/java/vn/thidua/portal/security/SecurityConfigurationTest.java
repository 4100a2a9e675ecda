package vn.thidua.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SecurityConfigurationTest {

    @Test
    void browserWritesNeedTheCsrfTokenButApiClientsWithTheirOwnBearerTokenDoNot() {
        assertThat(SecurityConfiguration.browserSessionWrites().matches(request("POST", null))).isTrue();
        assertThat(SecurityConfiguration.browserSessionWrites().matches(request("POST", "Bearer eyJ.x.y"))).isFalse();
        assertThat(SecurityConfiguration.browserSessionWrites().matches(request("POST", "Basic dXNlcjpwYXNz"))).isTrue();
        assertThat(SecurityConfiguration.browserSessionWrites().matches(request("GET", null))).isFalse();
    }

    @Test
    void readsRolesFromAnArrayOrASeparatedString() {
        assertThat(SecurityConfiguration.roles(List.of("OFFICE", " LEADER "))).containsExactly("OFFICE", "LEADER");
        assertThat(SecurityConfiguration.roles("UNIT COUNCIL,VIEWER")).containsExactly("UNIT", "COUNCIL", "VIEWER");
        assertThat(SecurityConfiguration.roles(null)).isEmpty();
    }

    private static MockHttpServletRequest request(String method, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/campaign/campaigns");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
