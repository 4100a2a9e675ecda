package vn.thidua.portal.workspace.office;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.OfficePaths;

/**
 * Cascading from a letter: the office pastes the launch letter or plan of the higher body, sees what
 * campaign-service read from it (each field found, or missing and why), completes what a letter
 * does not say (kind, period, deadlines, participants) and creates the department's draft movement
 * implementing it. Nothing is created until the office asks.
 */
@Controller
public class LetterDraftController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** campaign-service's refusals about the letter, beside the text; those about the options beside them. */
    private static final Map<String, String> FIELD_OF_CODE = Map.ofEntries(
            Map.entry("letter-empty", "text"),
            Map.entry("unreadable-letter", "text"),
            Map.entry("payload-too-large", "text"),
            Map.entry("unsupported-letter-format", "text"),
            Map.entry("letter-subject-missing", "text"),
            Map.entry("letter-contents-missing", "text"),
            Map.entry("title-required", "title"),
            Map.entry("kind-required", "kind"),
            Map.entry("invalid-period", "periodEnd"),
            Map.entry("invalid-final-report-due", "finalReportDue"),
            Map.entry("invalid-registration-deadline", "registrationDeadline"),
            Map.entry("participants-required", "participants"),
            Map.entry("invalid-unit-code", "participants"),
            Map.entry("unit-no-longer-valid", "participants"));
    private static final List<String> OPTIONS = List.of("kind", "title", "periodStart", "periodEnd", "finalReportDue",
            "registrationDeadline");

    private final CurrentUser currentUser;
    private final CampaignApi campaigns;

    public LetterDraftController(CurrentUser currentUser, CampaignApi campaigns) {
        this.currentUser = currentUser;
        this.campaigns = campaigns;
    }

    @GetMapping(OfficePaths.FROM_LETTER)
    public String paste(Model model) {
        return page("", null, Map.of(), List.of(), FormErrors.none(), model);
    }

    /** Reads the pasted letter and shows what was found; creates nothing. */
    @PostMapping(OfficePaths.FROM_LETTER)
    public String read(@RequestParam(defaultValue = "") String text, Model model) {
        office();
        try {
            CampaignApi.LetterDraft read = campaigns.readLetter(text, false, Map.of());
            return page(text, read.reading(), Map.of(), List.of(), FormErrors.none(), model);
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            return page(text, null, Map.of(), List.of(), errorsOf(refused), model);
        }
    }

    /** Creates the department's draft from the letter, with the options the office completed. */
    @PostMapping(OfficePaths.FROM_LETTER_CREATE)
    public String create(@RequestParam(defaultValue = "") String text, @RequestParam Map<String, String> parameters,
            @RequestParam(name = "participants", required = false) List<String> participants, Model model,
            RedirectAttributes redirect) {
        office();
        Map<String, String> options = new LinkedHashMap<>();
        OPTIONS.forEach(option -> options.put(option, parameters.get(option)));
        if (participants != null && !participants.isEmpty()) {
            options.put("participants", String.join(",", participants));
        }
        try {
            CampaignApi.LetterDraft created = campaigns.readLetter(text, true, options);
            redirect.addFlashAttribute("done", "office.createdFromLetter");
            redirect.addFlashAttribute("doneArgument", created.assumptions().size());
            redirect.addFlashAttribute("assumptions", created.assumptions());
            return "redirect:" + OfficePaths.MOVEMENTS + "/" + created.draft().id();
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            CampaignApi.LetterDraft read = readQuietly(text);
            return page(text, read == null ? null : read.reading(), options,
                    participants == null ? List.of() : participants, errorsOf(refused), model);
        }
    }

    /** The reading again, to show beside a refused creation; none if the letter itself is what was refused. */
    private CampaignApi.LetterDraft readQuietly(String text) {
        try {
            return campaigns.readLetter(text, false, Map.of());
        } catch (ServiceException.Refused refused) {
            return null;
        }
    }

    private static FormErrors errorsOf(ServiceException.Refused refused) {
        return FormErrors.of(refused.problem(), OfficeController::fieldOfPath, FIELD_OF_CODE::get,
                "Chưa đọc được công văn, xin kiểm tra lại.");
    }

    private String page(String text, CampaignApi.LetterReading reading, Map<String, String> options,
            List<String> participants, FormErrors errors, Model model) {
        PortalUser office = office();
        model.addAttribute("text", text);
        model.addAttribute("reading", reading);
        model.addAttribute("options", options);
        model.addAttribute("participants", participants);
        model.addAttribute("errors", errors);
        if (reading != null) {
            model.addAttribute("units", campaigns.unitsOf(office.agency(), LocalDate.now(VIETNAM)));
        }
        return "workspace/office/from-letter";
    }

    private PortalUser office() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isOffice() || user.agency() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
