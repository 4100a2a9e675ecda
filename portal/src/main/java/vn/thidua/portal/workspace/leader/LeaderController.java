package vn.thidua.portal.workspace.leader;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.LeaderPaths;

/**
 * The leader's workspace: the department's draft movements whose launch letter awaits the leader's
 * approval and digital signature (with a preview of the letter and, once signed, the signature
 * check), and the nominations the leader may decide now, the signature block pre-filled with the
 * leader's own name and title. campaign-service and award-service check every step again.
 */
@Controller
public class LeaderController {

    private static final Locale VIETNAMESE = Locale.of("vi");

    private static final Set<String> DECISION_FIELDS = Set.of("signerName", "signerTitle", "decisionDate");

    private final CurrentUser currentUser;
    private final CampaignApi campaigns;
    private final AwardApi awards;
    private final MessageSource messages;

    public LeaderController(CurrentUser currentUser, CampaignApi campaigns, AwardApi awards, MessageSource messages) {
        this.currentUser = currentUser;
        this.campaigns = campaigns;
        this.awards = awards;
        this.messages = messages;
    }

    @GetMapping(LeaderPaths.HOME)
    public String home(Model model) {
        PortalUser leader = leader();
        return page(leader, new DecisionForm(null, signerName(leader), signerTitle(leader), null), FormErrors.none(), model);
    }

    @PostMapping(LeaderPaths.APPROVE_LETTER)
    public String approve(@PathVariable String id, RedirectAttributes redirect) {
        leader();
        try {
            CampaignApi.LetterState signed = campaigns.approveLetter(id);
            redirect.addFlashAttribute("done", "leader.signed");
            redirect.addFlashAttribute("doneArgument", signed.letterNumber());
        } catch (ServiceException.Refused refused) {
            rethrowIfNotTheCallersFault(refused);
            redirect.addFlashAttribute("actionError", refused.problem().detail());
        }
        return "redirect:" + LeaderPaths.HOME + "#letters";
    }

    @PostMapping(LeaderPaths.DECIDE)
    public String decide(@PathVariable String id, @RequestParam(required = false) String signerName,
            @RequestParam(required = false) String signerTitle, @RequestParam(required = false) String decisionDate,
            Model model, RedirectAttributes redirect) {
        PortalUser leader = leader();
        DecisionForm form = new DecisionForm(id, signerName, signerTitle, decisionDate);
        LocalDate date;
        try {
            date = decisionDate == null || decisionDate.isBlank() ? null : LocalDate.parse(decisionDate.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return page(leader, form, FormErrors.none().add("decisionDate", "Ngày không hợp lệ."), model);
        }
        try {
            AwardApi.Nomination decided = awards.decide(id, signerName, signerTitle, date);
            redirect.addFlashAttribute("done", "leader.decided");
            redirect.addFlashAttribute("doneArgument", decided.decisionNumber());
            return "redirect:" + LeaderPaths.HOME + "#decisions";
        } catch (ServiceException.Refused refused) {
            rethrowIfNotTheCallersFault(refused);
            FormErrors errors = FormErrors.of(refused.problem(),
                    path -> DECISION_FIELDS.contains(path) ? path : null, code -> null,
                    "Chưa quyết định được, xin kiểm tra lại.");
            return page(leader, form, errors, model);
        }
    }

    private String page(PortalUser leader, DecisionForm form, FormErrors errors, Model model) {
        List<CampaignApi.LetterState> drafts = campaigns.lettersOf(leader.agency()).stream()
                .filter(CampaignApi.LetterState::isDraft).toList();
        Map<String, CampaignApi.Signature> signatures = new LinkedHashMap<>();
        for (CampaignApi.LetterState draft : drafts) {
            if (draft.isSigned()) {
                signatures.put(draft.id(), signatureOf(draft.id()));
            }
        }
        model.addAttribute("drafts", drafts);
        model.addAttribute("signatures", signatures);
        model.addAttribute("decidable", decidable(leader));
        model.addAttribute("sessions", awards.sessions().stream()
                .filter(session -> session.sitsOn(leader.username()) && !session.isClosed()).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("defaults", new DecisionForm(null, signerName(leader), signerTitle(leader), null));
        return "workspace/leader/home";
    }

    /**
     * What the leader may decide now: nominations of the department's movements that the council
     * approved, and those of forms the rules send to no council, once submitted or appraised.
     */
    private List<AwardApi.Nomination> decidable(PortalUser leader) {
        Map<String, Set<String>> councilForms = awards.councilRequiredForms();
        return awards.nominations(null).stream()
                .filter(nomination -> leader.agency().equals(nomination.issuingAgency()) || leader.has(PortalUser.ADMIN))
                .filter(nomination -> AwardApi.Nomination.COUNCIL_APPROVED.equals(nomination.status())
                        || AwardApi.Nomination.DIRECTLY_DECIDABLE.contains(nomination.status())
                                && !councilForms.getOrDefault(nomination.ruleSetId(), Set.of()).contains(nomination.form()))
                .toList();
    }

    /** The signature check; a letter whose signature cannot be read is shown as not verified. */
    private CampaignApi.Signature signatureOf(String id) {
        try {
            return campaigns.signature(id);
        } catch (ServiceException.Refused refused) {
            rethrowIfNotTheCallersFault(refused);
            return null;
        }
    }

    private String signerName(PortalUser leader) {
        return leader.name();
    }

    /**
     * The leader's title from the token ({@code title} claim), upper-cased as a signature block prints
     * it (Decree 30: "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"); without the claim, the usual title of a department's head.
     */
    static String signerTitle(PortalUser leader, String fallback) {
        return leader.title() != null ? leader.title().toUpperCase(VIETNAMESE) : fallback;
    }

    private String signerTitle(PortalUser leader) {
        return signerTitle(leader, messages.getMessage("leader.signerTitle.default", null, LocaleContextHolder.getLocale()));
    }

    private static void rethrowIfNotTheCallersFault(ServiceException.Refused refused) {
        if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
            throw refused;
        }
    }

    /** Only a department's leaders (and administrators) work here; the services check again. */
    private PortalUser leader() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isLeader()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    /** The decision's signature block as typed, for the one nomination it was sent for ({@code nominationId}). */
    public record DecisionForm(String nominationId, String signerName, String signerTitle, String decisionDate) {
    }
}
