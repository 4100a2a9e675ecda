package vn.thidua.portal.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.ReportingApi;
import vn.thidua.portal.dashboard.DashboardPaths;

/**
 * Where a signed-in person lands: office staff (and administrators) in the office's workspace, unit
 * officers in their unit's, leaders in theirs (letters to sign, nominations to decide), council
 * members at their sessions, dashboard readers on the provincial dashboard; anyone else on an
 * overview of what they can use.
 */
@Controller
public class WorkspaceController {

    static final String OVERVIEW = SecurityConfiguration.WORKSPACE + "/tong-quan";

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
        return "redirect:" + landingOf(user);
    }

    /** The page each remaining role starts on; someone with no role the portal knows gets the overview. */
    static String landingOf(PortalUser user) {
        if (user.isLeader()) {
            return LeaderPaths.HOME;
        }
        if (user.has(PortalUser.COUNCIL)) {
            return CouncilPaths.HOME;
        }
        if (user.readsDashboard()) {
            return DashboardPaths.HOME;
        }
        return OVERVIEW;
    }

    @GetMapping(OVERVIEW)
    public String overview(Model model) {
        PortalUser user = currentUser.get();
        if (user != null && user.readsDashboard()) {
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
