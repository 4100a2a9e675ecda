package vn.thidua.portal.workspace.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

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

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.UnitPaths;

/**
 * The unit's nominations (đề nghị khen thưởng): nominate a member of staff or the unit itself for a
 * movement and year, follow each nomination's status, read why the office returned one, and send it
 * again amended. award-service judges eligibility and quota; its reasons are shown beside the field
 * they are about, or at the top when they are about the dossier as a whole.
 */
@Controller
public class UnitNominationController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** award-service's rule codes, mapped to this form's fields; others (quota, history) go to the top. */
    private static final Map<String, String> FIELD_OF_CODE = Map.ofEntries(
            Map.entry("campaign-unknown", "campaignId"),
            Map.entry("unit-not-participant", "campaignId"),
            Map.entry("form-unknown", "form"),
            Map.entry("form-not-applicable", "form"),
            Map.entry("nominee-name-required", "nomineeName"),
            Map.entry("reason-required", "reason"),
            Map.entry("members-inconsistent", "membersTotal"),
            Map.entry("year-in-future", "year"),
            Map.entry("innovation-required", "innovationTitle"),
            Map.entry("members-required", "membersTotal"),
            Map.entry("share-too-low", "membersLdtt"),
            Map.entry("cstdcs-required", "membersCstdcs"),
            Map.entry("duties-incomplete", "membersCompletedDuties"),
            Map.entry("ldtt-required", "excellentDuty"));

    /** award-service's field paths in the request, mapped to this form's fields. */
    private static final Map<String, String> FIELD_OF_PATH = Map.ofEntries(
            Map.entry("campaignId", "campaignId"),
            Map.entry("nomineeKind", "nomineeKind"),
            Map.entry("nomineeName", "nomineeName"),
            Map.entry("form", "form"),
            Map.entry("reason", "reason"),
            Map.entry("year", "year"),
            Map.entry("innovation.title", "innovationTitle"),
            Map.entry("innovation.recognisedBy", "innovationRecognisedBy"),
            Map.entry("innovation.scope", "innovationScope"),
            Map.entry("members.total", "membersTotal"),
            Map.entry("members.ldtt", "membersLdtt"),
            Map.entry("members.cstdcs", "membersCstdcs"),
            Map.entry("members.completedDuties", "membersCompletedDuties"));

    private final CurrentUser currentUser;
    private final AwardApi awards;
    private final CampaignApi campaigns;

    public UnitNominationController(CurrentUser currentUser, AwardApi awards, CampaignApi campaigns) {
        this.currentUser = currentUser;
        this.awards = awards;
        this.campaigns = campaigns;
    }

    @GetMapping(UnitPaths.NOMINATIONS)
    public String nominations(Model model) {
        officer();
        model.addAttribute("nominations", awards.nominations(null));
        return "workspace/unit/nominations";
    }

    @GetMapping(UnitPaths.NEW_NOMINATION)
    public String newNomination(@RequestParam(required = false) String campaignId, Model model) {
        NominationForm form = new NominationForm();
        form.setCampaignId(campaignId);
        form.setYear(LocalDate.now(VIETNAM).getYear());
        return form(form, FormErrors.none(), model);
    }

    @PostMapping(UnitPaths.NOMINATIONS)
    public String nominate(@ModelAttribute("form") NominationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PortalUser officer = officer();
        if (binding.hasFieldErrors()) {
            FormErrors errors = FormErrors.none();
            binding.getFieldErrors().forEach(error -> errors.add(error.getField(), "Xin nhập một số nguyên."));
            return form(form, errors, model);
        }
        try {
            AwardApi.Nomination created = awards.nominate(form.toRequest(officer.unit()));
            redirect.addFlashAttribute("done", "unit.nominated");
            redirect.addFlashAttribute("doneArgument", created.nominee());
            return "redirect:" + UnitPaths.NOMINATIONS + "/" + created.id();
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            return form(form, FormErrors.of(refused.problem(), FIELD_OF_PATH::get, FIELD_OF_CODE::get,
                    "Đề nghị chưa hợp lệ, xin kiểm tra lại."), model);
        }
    }

    @GetMapping(UnitPaths.NOMINATION)
    public String nomination(@PathVariable String id, Model model) {
        officer();
        AwardApi.Nomination nomination = awards.nomination(id);
        return page(nomination, nomination.reason(), FormErrors.none(), model);
    }

    /** Sends a returned dossier again, with the achievement rewritten to answer the office's reasons. */
    @PostMapping(UnitPaths.RESUBMIT)
    public String resubmit(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        officer();
        try {
            AwardApi.Nomination sent = awards.submit(id, reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()));
            redirect.addFlashAttribute("done", "unit.resubmitted");
            redirect.addFlashAttribute("doneArgument", sent.nominee());
            return "redirect:" + UnitPaths.NOMINATIONS + "/" + id;
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), path -> path.startsWith("reason") ? "reason" : null,
                    code -> null, "Chưa gửi lại được hồ sơ, xin kiểm tra lại.");
            return page(awards.nomination(id), reason, errors, model);
        }
    }

    private String page(AwardApi.Nomination nomination, String reason, FormErrors errors, Model model) {
        model.addAttribute("nomination", nomination);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errors", errors);
        return "workspace/unit/nomination";
    }

    private String form(NominationForm form, FormErrors errors, Model model) {
        PortalUser officer = officer();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("movements", campaigns.launchedFor(officer.unit()));
        model.addAttribute("forms", awards.forms());
        return "workspace/unit/new-nomination";
    }

    /** Only a unit's officers; award-service checks the unit on every call. */
    private PortalUser officer() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isUnitOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
