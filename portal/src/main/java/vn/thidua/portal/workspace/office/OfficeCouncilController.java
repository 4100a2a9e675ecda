package vn.thidua.portal.workspace.office;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.CouncilPaths;
import vn.thidua.portal.workspace.FormErrors;

/**
 * The office's part in the council's work, as its secretariat: schedule a session from the
 * accepted nominations with its roster, open it with the members present (quorum checked by
 * award-service), record an absent member's written vote, and close it to count the ballots.
 * The office sees who has voted, never how (award-service does not tell until the session closes).
 */
@Controller
public class OfficeCouncilController {

    private static final Set<String> SESSION_FIELDS = Set.of("title", "meetingAt", "place", "agenda", "members");

    private final CurrentUser currentUser;
    private final AwardApi awards;

    public OfficeCouncilController(CurrentUser currentUser, AwardApi awards) {
        this.currentUser = currentUser;
        this.awards = awards;
    }

    @GetMapping(CouncilPaths.OFFICE_SESSIONS)
    public String sessions(Model model) {
        office();
        model.addAttribute("sessions", awards.sessions());
        return "workspace/office/council-sessions";
    }

    @GetMapping(CouncilPaths.OFFICE_NEW_SESSION)
    public String newSession(Model model) {
        return form(new SessionForm(), FormErrors.none(), model);
    }

    @PostMapping(CouncilPaths.OFFICE_SESSIONS)
    public String schedule(@ModelAttribute("form") SessionForm form, Model model, RedirectAttributes redirect) {
        office();
        try {
            AwardApi.Session session = awards.schedule(form.toRequest());
            redirect.addFlashAttribute("done", "council.scheduled");
            return "redirect:" + CouncilPaths.OFFICE_SESSIONS + "/" + session.id();
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value()) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), OfficeCouncilController::fieldOf, code -> null,
                    "Chưa lên lịch được phiên họp, xin kiểm tra lại.");
            return form(form.padRoster(), errors, model);
        }
    }

    @GetMapping(CouncilPaths.OFFICE_SESSION)
    public String session(@PathVariable String id, Model model) {
        office();
        model.addAttribute("meeting", awards.session(id));
        return "workspace/office/council-session";
    }

    @PostMapping(CouncilPaths.OFFICE_OPEN)
    public String open(@PathVariable String id, @RequestParam(name = "present", required = false) List<String> present,
            RedirectAttributes redirect) {
        office();
        return act(id, redirect, "council.opened", () -> awards.open(id, present == null ? List.of() : present));
    }

    @PostMapping(CouncilPaths.OFFICE_WRITTEN_VOTE)
    public String writtenVote(@PathVariable String id, @PathVariable String nominationId,
            @RequestParam(required = false) String member, @RequestParam(required = false) String choice,
            @RequestParam(required = false) String formReference, RedirectAttributes redirect) {
        office();
        return act(id, redirect, "council.writtenRecorded",
                () -> awards.writtenVote(id, nominationId, member, choice, formReference));
    }

    @PostMapping(CouncilPaths.OFFICE_CLOSE)
    public String close(@PathVariable String id, RedirectAttributes redirect) {
        office();
        return act(id, redirect, "council.closed", () -> awards.close(id));
    }

    /** Runs one step; a refusal's Vietnamese reason is shown at the top of the session page. */
    private static String act(String id, RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("actionError", refused.problem().detail());
        }
        return "redirect:" + CouncilPaths.OFFICE_SESSIONS + "/" + id;
    }

    private String form(SessionForm form, FormErrors errors, Model model) {
        office();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("accepted", awards.nominations(AwardApi.Nomination.ACCEPTED));
        return "workspace/office/new-council-session";
    }

    /** {@code members[2].fullName} → members, {@code agenda[0]} → agenda, {@code place} → place. */
    static String fieldOf(String path) {
        String head = path.replaceAll("[\\[.].*$", "");
        return SESSION_FIELDS.contains(head) ? head : null;
    }

    private PortalUser office() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isOffice() || user.agency() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
