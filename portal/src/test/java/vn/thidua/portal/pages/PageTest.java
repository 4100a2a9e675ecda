package vn.thidua.portal.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.portal.admin.AdminController;
import vn.thidua.portal.apidocs.ApiDocsController;
import vn.thidua.portal.disclosure.DisclosureController;
import vn.thidua.portal.news.NewsController;
import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.ApiDocsApi;
import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.NotificationApi;
import vn.thidua.portal.services.OperationsApi;
import vn.thidua.portal.services.Problem;
import vn.thidua.portal.services.ReportingApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.inbox.InboxController;
import vn.thidua.portal.workspace.office.LetterDraftController;
import vn.thidua.portal.workspace.office.OfficeController;
import vn.thidua.portal.workspace.office.OfficeNominationController;
import vn.thidua.portal.workspace.unit.PreferencesController;
import vn.thidua.portal.workspace.unit.RegistrationController;
import vn.thidua.portal.workspace.unit.UnitController;
import vn.thidua.portal.workspace.unit.UnitNominationController;

/**
 * The pages of nominations, registrations, reports and their evidence, letters, public lists, news, the
 * inbox, the operations console and the API documentation, with the services' clients stood in for: one Spring context for
 * all of them (the subclasses share it), the real security configuration and templates.
 */
@WebMvcTest({ OfficeNominationController.class, UnitNominationController.class, RegistrationController.class,
        LetterDraftController.class, OfficeController.class, DisclosureController.class, NewsController.class,
        InboxController.class, PreferencesController.class, AdminController.class, ApiDocsController.class,
        UnitController.class })
@Import(SecurityConfiguration.class)
abstract class PageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CampaignApi campaigns;

    @MockitoBean
    AwardApi awards;

    @MockitoBean
    ReportingApi reporting;

    @MockitoBean
    NotificationApi notifications;

    @MockitoBean
    OperationsApi operations;

    @MockitoBean
    ApiDocsApi apiDocs;

    static RequestPostProcessor office() {
        return user("office", "Đặng Thị Mỹ Linh", "OFFICE", "SNNMT", "SNNMT-VP");
    }

    static RequestPostProcessor unit() {
        return user("unit", "Phạm Thị Ngọc Lan", "UNIT", "SNNMT", "SNNMT-TTCNTT");
    }

    static RequestPostProcessor admin() {
        return user("admin", "Hoàng Văn Quản", "ADMIN", "SNNMT", "SNNMT-TTCNTT");
    }

    static RequestPostProcessor viewer() {
        return user("viewer", "Người xem", "VIEWER", "SNNMT", "SNNMT-KHTC");
    }

    static RequestPostProcessor user(String username, String name, String role, String agency, String unit) {
        return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .idToken(token -> token.subject(username).claim("preferred_username", username).claim("name", name)
                        .claim("agency", agency).claim("unit", unit));
    }

    static ServiceException.Refused refused(int status, String code, String detail, Problem.FieldError... errors) {
        return new ServiceException.Refused("service", new Problem(status, code, detail, List.of(errors)), null);
    }

    static AwardApi.Nomination nomination(String id, String status, String name, List<AwardApi.ReturnNote> returns) {
        return new AwardApi.Nomination(id, "cmp-9", "INDIVIDUAL", "SNNMT-TTCNTT", "Trung tâm Công nghệ thông tin", "SNNMT",
                name, "CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", "Chủ trì chuyển đổi số toàn Sở.", 2026, true,
                null, null, "*@2024-01-01", status, status, null, null, null, null, null, null, null, null, returns);
    }
}
