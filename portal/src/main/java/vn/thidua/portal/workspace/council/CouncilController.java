package vn.thidua.portal.workspace.council;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

/**
 * A council member's workspace: the sessions they sit on, each agenda item with the nominee's
 * dossier, and their vote or recusal. A ballot stays secret on screen too: the page never shows how
 * anyone voted, not even the member's own choice after casting it (only a neutral "đã bỏ phiếu"),
 * and the confirmation after voting names no choice; results appear once the session is closed.
 */
@Controller
public class CouncilController {

    private static final Set<String> CHOICES = Set.of("APPROVE", "REJECT");

    private final CurrentUser currentUser;
    private final AwardApi awards;

    public CouncilController(CurrentUser currentUser, AwardApi awards) {
        this.currentUser = currentUser;
        this.awards = awards;
    }

    @GetMapping(CouncilPaths.HOME)
    public String sessions(Model model) {
        PortalUser member = member();
        model.addAttribute("sessions", awards.sessions().stream().filter(session -> session.sitsOn(member.username())).toList());
        return "workspace/council/sessions";
    }

    @GetMapping(CouncilPaths.SESSION)
    public String session(@PathVariable String id, Model model) {
        PortalUser member = member();
        AwardApi.Session session = awards.session(id);
        Map<String, AwardApi.Nomination> dossiers = new LinkedHashMap<>();
        for (AwardApi.Item item : session.agenda()) {
            dossiers.put(item.nominationId(), dossierOf(item.nominationId()));
        }
        model.addAttribute("meeting", session);
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("me", member.username());
        return "workspace/council/session";
    }

    @PostMapping(CouncilPaths.VOTE)
    public String vote(@PathVariable String id, @PathVariable String nominationId,
            @RequestParam(required = false) String choice, RedirectAttributes redirect) {
        member();
        if (choice == null || !CHOICES.contains(choice)) {
            redirect.addFlashAttribute("itemError", nominationId);
            redirect.addFlashAttribute("actionError", "Xin chọn “Đồng ý” hoặc “Không đồng ý” trước khi bỏ phiếu.");
            return backTo(id, nominationId);
        }
        return act(id, nominationId, redirect, "council.voted", () -> awards.vote(id, nominationId, choice));
    }

    @PostMapping(CouncilPaths.RECUSE)
    public String recuse(@PathVariable String id, @PathVariable String nominationId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        member();
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("itemError", nominationId);
            redirect.addFlashAttribute("actionError", "Xin ghi lý do không tham gia biểu quyết.");
            return backTo(id, nominationId);
        }
        return act(id, nominationId, redirect, "council.recused", () -> awards.recuse(id, nominationId, reason));
    }

    /** The confirmation is the same whatever the choice, so nobody reading the screen learns the vote. */
    private static String act(String id, String nominationId, RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("itemError", nominationId);
            redirect.addFlashAttribute("actionError", refused.problem().detail());
        }
        return backTo(id, nominationId);
    }

    private static String backTo(String id, String nominationId) {
        return "redirect:" + CouncilPaths.HOME + "/" + id + "#item-" + nominationId;
    }

    /** The nominee's dossier; one the member may not read (or that cannot be read now) shows the agenda line only. */
    private AwardApi.Nomination dossierOf(String nominationId) {
        try {
            return awards.nomination(nominationId);
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value()) {
                throw refused;
            }
            return null;
        }
    }

    /** Council members, and leaders who sit on a session's roster; award-service checks the roster. */
    private PortalUser member() {
        PortalUser user = currentUser.get();
        if (user == null || !(user.sitsOnCouncils() || user.has(PortalUser.ADMIN))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
