package vn.thidua.portal.workspace.office;

import java.util.Arrays;
import java.util.List;

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
import vn.thidua.portal.services.Problem;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.OfficePaths;

/**
 * The office's appraisal of the nominations sent to its department (thẩm định hồ sơ): receive a
 * submitted dossier, then accept it or return it to the unit with reasons. When award-service finds
 * the dossier ineligible or over quota on acceptance, every unmet criterion is shown, and offered as
 * the reasons to return it with.
 */
@Controller
public class OfficeNominationController {

    /** The list's filter: what awaits appraisal (the default), one status, or everything. */
    static final String AWAITING = "cho-tham-dinh";
    static final String ALL = "tat-ca";

    private final CurrentUser currentUser;
    private final AwardApi awards;

    public OfficeNominationController(CurrentUser currentUser, AwardApi awards) {
        this.currentUser = currentUser;
        this.awards = awards;
    }

    @GetMapping(OfficePaths.NOMINATIONS)
    public String nominations(@RequestParam(name = "trangThai", defaultValue = AWAITING) String filter, Model model) {
        office();
        List<AwardApi.Nomination> found = switch (filter) {
            case AWAITING -> awards.nominations(null).stream()
                    .filter(nomination -> AwardApi.Nomination.AWAITING_APPRAISAL.contains(nomination.status())).toList();
            case ALL -> awards.nominations(null);
            default -> awards.nominations(filter);
        };
        model.addAttribute("nominations", found);
        model.addAttribute("filter", filter);
        return "workspace/office/nominations";
    }

    @GetMapping(OfficePaths.NOMINATION)
    public String nomination(@PathVariable String id, Model model) {
        office();
        return page(awards.nomination(id), List.of(), null, FormErrors.none(), model);
    }

    @PostMapping(OfficePaths.RECEIVE)
    public String receive(@PathVariable String id, Model model, RedirectAttributes redirect) {
        office();
        try {
            awards.receive(id);
            redirect.addFlashAttribute("done", "appraisal.received");
            return "redirect:" + OfficePaths.NOMINATIONS + "/" + id;
        } catch (ServiceException.Refused refused) {
            return refusedStep(id, refused, model);
        }
    }

    @PostMapping(OfficePaths.ACCEPT)
    public String accept(@PathVariable String id, Model model, RedirectAttributes redirect) {
        office();
        try {
            AwardApi.Nomination accepted = awards.accept(id);
            redirect.addFlashAttribute("done", "appraisal.accepted");
            redirect.addFlashAttribute("doneArgument", accepted.nominee());
            return "redirect:" + OfficePaths.NOMINATIONS + "/" + id;
        } catch (ServiceException.Refused refused) {
            if (!"appraisal-failed".equals(refused.problem().code())) {
                return refusedStep(id, refused, model);
            }
            // The unmet criteria, each in the service's words; they become the proposed reasons to return with.
            List<String> unmet = refused.problem().errors().stream().map(Problem.FieldError::message)
                    .filter(message -> message != null && !message.isBlank()).toList();
            return page(awards.nomination(id), unmet, String.join("\n", unmet), FormErrors.none(), model);
        }
    }

    @PostMapping(OfficePaths.RETURN)
    public String returnToUnit(@PathVariable String id, @RequestParam(defaultValue = "") String reasons, Model model,
            RedirectAttributes redirect) {
        office();
        List<String> lines = reasonLines(reasons);
        if (lines.isEmpty()) {
            return page(awards.nomination(id), List.of(), reasons,
                    FormErrors.none().add("reasons", "Xin ghi ít nhất một lý do trả lại hồ sơ."), model);
        }
        try {
            AwardApi.Nomination returned = awards.returnToUnit(id, lines);
            redirect.addFlashAttribute("done", "appraisal.returned");
            redirect.addFlashAttribute("doneArgument", returned.nominee());
            return "redirect:" + OfficePaths.NOMINATIONS + "/" + id;
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), path -> path.startsWith("reasons") ? "reasons" : null,
                    code -> null, "Chưa trả lại được hồ sơ, xin kiểm tra lại.");
            return page(awards.nomination(id), List.of(), reasons, errors, model);
        }
    }

    /** One reason a line, blank lines left out. */
    static List<String> reasonLines(String reasons) {
        return Arrays.stream(reasons.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A step the dossier's state no longer allows (e.g. someone else received it first): said at the top. */
    private String refusedStep(String id, ServiceException.Refused refused, Model model) {
        if (!FormErrors.concernsTheForm(refused)) {
            throw refused;
        }
        FormErrors errors = FormErrors.of(refused.problem(), path -> null, code -> null,
                "Chưa thực hiện được, xin thử lại.");
        return page(awards.nomination(id), List.of(), null, errors, model);
    }

    private String page(AwardApi.Nomination nomination, List<String> unmet, String reasons, FormErrors errors,
            Model model) {
        model.addAttribute("nomination", nomination);
        model.addAttribute("unmet", unmet);
        model.addAttribute("reasons", reasons == null ? "" : reasons);
        model.addAttribute("errors", errors);
        return "workspace/office/nomination";
    }

    /** Office staff (and administrators); award-service checks the department on every call. */
    private PortalUser office() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isOffice()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
