package vn.thidua.portal.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.ReportingApi;

/**
 * Where a signed-in person lands: the office's and the unit's workspaces for their staff; every
 * other role gets a page with what it can use today (the provincial figures for readers of the
 * dashboard, the published movements for everyone).
 */
@Controller
public class WorkspaceController {

    private final CurrentUser currentUser;
    private final ReportingApi reporting;

    public WorkspaceController(CurrentUser currentUser, ReportingApi reporting) {
        this.currentUser = currentUser;
        this.reporting = reporting;
    }

    @GetMapping(SecurityConfiguration.WORKSPACE)
    public String landing(Model model) {
        PortalUser user = currentUser.get();
        if (user == null) {
            return "redirect:" + SecurityConfiguration.START_SIGN_IN;
        }
        if (user.isOffice()) {
            return "redirect:" + OfficePaths.HOME;
        }
        if (user.isUnitOfficer()) {
            return "redirect:" + UnitPaths.HOME;
        }
        if (user.readsDashboard()) {
            model.addAttribute("participation", reporting.participationByMovement());
        }
        return "workspace/overview";
    }

    /** The sign-in page: where a failed or cancelled sign-in at the provider comes back to. */
    @GetMapping(SecurityConfiguration.SIGN_IN_PAGE)
    public String signIn(@RequestParam(name = "loi", required = false) String failed, Model model) {
        model.addAttribute("failed", failed != null);
        return "signin";
    }
}
