package vn.thidua.portal.workspace.office;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.portal.campaign.CampaignDetail;
import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.NotificationApi;
import vn.thidua.portal.services.ReportingApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.OfficePaths;

/**
 * The office's (secretariat's) workspace: the department's movements with their drafts, a new
 * draft, launching it, and once launched who has registered and how far final reporting has got.
 * Everything goes through campaign-service and reporting-service as the signed-in user.
 */
@Controller
public class OfficeController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** campaign-service's field paths and rule codes, mapped to this form's fields. */
    private static final Map<String, String> FIELD_OF_CODE = Map.ofEntries(
            Map.entry("title-required", "title"),
            Map.entry("kind-required", "kind"),
            Map.entry("invalid-parent-plan", "planNumber"),
            Map.entry("contents-required", "contents"),
            Map.entry("content-text-required", "contents"),
            Map.entry("invalid-content-numbers", "contents"),
            Map.entry("invalid-period", "periodEnd"),
            Map.entry("invalid-final-report-due", "finalReportDue"),
            Map.entry("invalid-registration-deadline", "registrationDeadline"),
            Map.entry("participants-required", "participants"),
            Map.entry("invalid-unit-code", "participants"),
            Map.entry("duplicate-participant", "participants"),
            Map.entry("unit-no-longer-valid", "participants"));
    private static final Set<String> SIMPLE_FIELDS = Set.of("title", "kind", "theme", "periodStart", "periodEnd",
            "finalReportDue", "registrationDeadline");

    private final CurrentUser currentUser;
    private final CampaignApi campaigns;
    private final ReportingApi reporting;
    private final NotificationApi notifications;

    public OfficeController(CurrentUser currentUser, CampaignApi campaigns, ReportingApi reporting,
            NotificationApi notifications) {
        this.currentUser = currentUser;
        this.campaigns = campaigns;
        this.reporting = reporting;
        this.notifications = notifications;
    }

    @GetMapping(OfficePaths.HOME)
    public String movements(Model model) {
        PortalUser office = office();
        model.addAttribute("movements", campaigns.ofAgency(office.agency()));
        return "workspace/office/movements";
    }

    @GetMapping(OfficePaths.NEW_MOVEMENT)
    public String newMovement(Model model) {
        return form(new MovementForm(), FormErrors.none(), model);
    }

    @PostMapping(OfficePaths.MOVEMENTS)
    public String create(@ModelAttribute("form") MovementForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PortalUser office = office();
        if (binding.hasFieldErrors()) {
            FormErrors errors = FormErrors.none();
            binding.getFieldErrors().forEach(error -> errors.add(error.getField(), "Ngày không hợp lệ."));
            return form(form, errors, model);
        }
        try {
            CampaignDetail draft = campaigns.create(form.toRequest(office.agency()));
            redirect.addFlashAttribute("done", "office.created");
            return "redirect:" + OfficePaths.MOVEMENTS + "/" + draft.id();
        } catch (ServiceException.Refused refused) {
            int status = refused.status();
            if (status != HttpStatus.BAD_REQUEST.value() && status != HttpStatus.UNPROCESSABLE_CONTENT.value()) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), OfficeController::fieldOfPath, FIELD_OF_CODE::get,
                    "Dữ liệu chưa hợp lệ, xin kiểm tra lại.");
            return form(form, errors, model);
        }
    }

    @GetMapping(OfficePaths.MOVEMENT)
    public String movement(@PathVariable String id, Model model) {
        office();
        CampaignDetail movement = campaigns.get(id);
        model.addAttribute("movement", movement);
        if (!"DRAFT".equals(movement.status()) && !"CANCELLED".equals(movement.status())) {
            model.addAttribute("registrations", campaigns.registrations(id));
            model.addAttribute("progress", reporting.progress(id));
            addLateUnits(id, model);
        }
        return "workspace/office/movement";
    }

    /** Just the progress panel, for htmx to refresh in place. */
    @GetMapping(OfficePaths.PROGRESS)
    public String progress(@PathVariable String id, Model model) {
        office();
        model.addAttribute("movement", campaigns.get(id));
        model.addAttribute("progress", reporting.progress(id));
        addLateUnits(id, model);
        return "workspace/office/movement :: progress";
    }

    /**
     * The chase list (units whose report went overdue) from notification-service; the progress panel
     * still shows when that service cannot answer, with a line saying the list is missing.
     */
    private void addLateUnits(String id, Model model) {
        try {
            model.addAttribute("lateUnits", notifications.lateUnits(id).stream()
                    .filter(NotificationApi.LateUnit::stillMissing).toList());
        } catch (ServiceException.Unavailable | ServiceException.Refused unavailable) {
            model.addAttribute("lateUnitsUnavailable", true);
        }
    }

    /** Closes the launched movement; the service's refusal (not launched, another department's) shows on the page. */
    @PostMapping(OfficePaths.CLOSE)
    public String close(@PathVariable String id, RedirectAttributes redirect) {
        office();
        try {
            campaigns.close(id);
            redirect.addFlashAttribute("done", "office.closed");
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("launchError", refused.problem().detail());
        }
        return "redirect:" + OfficePaths.MOVEMENTS + "/" + id;
    }

    /** Every late unit reminded in one action; the page then says how many were, and why others were not. */
    @PostMapping(OfficePaths.CHASE)
    public String chase(@PathVariable String id, RedirectAttributes redirect) {
        office();
        try {
            NotificationApi.ChaseResult chased = notifications.chaseLateUnits(id);
            redirect.addFlashAttribute("done", "office.chased");
            redirect.addFlashAttribute("doneArgument", chased.notified().size());
            redirect.addFlashAttribute("chaseSkipped", chased.skipped());
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("chaseError", refused.problem().detail());
        } catch (ServiceException.Unavailable unavailable) {
            redirect.addFlashAttribute("chaseError", "office.chase.unavailable");
        }
        return "redirect:" + OfficePaths.MOVEMENTS + "/" + id;
    }

    @PostMapping(OfficePaths.LAUNCH)
    public String launch(@PathVariable String id, @RequestParam(required = false) String letterNumber, Model model,
            RedirectAttributes redirect) {
        office();
        try {
            CampaignDetail launched = campaigns.launch(id, letterNumber);
            redirect.addFlashAttribute("done", "office.launched");
            redirect.addFlashAttribute("doneArgument", launched.letterNumber());
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("launchError", refused.problem().detail());
        }
        return "redirect:" + OfficePaths.MOVEMENTS + "/" + id;
    }

    private String form(MovementForm form, FormErrors errors, Model model) {
        PortalUser office = office();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", campaigns.unitsOf(office.agency(), LocalDate.now(VIETNAM)));
        return "workspace/office/new-movement";
    }

    /** Only office staff (and administrators) work here; the services check again on every call. */
    private PortalUser office() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isOffice() || user.agency() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    /** {@code contents[1].text} → contents, {@code parentPlan.date} → planDate, {@code title} → title. */
    static String fieldOfPath(String path) {
        if (path.startsWith("contents")) {
            return "contents";
        }
        if (path.startsWith("participantUnitCodes")) {
            return "participants";
        }
        if (path.startsWith("parentPlan")) {
            String part = path.contains(".") ? path.substring(path.indexOf('.') + 1) : "number";
            return "plan" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return SIMPLE_FIELDS.contains(path) ? path : null;
    }
}
