package vn.thidua.portal.workspace.unit;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.ReportingApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.UnitPaths;

/**
 * The unit officer's workspace: the movements the unit takes part in with their final reports
 * (status, due date, the office's comment when one was returned), and the final report form, one
 * narrative per numbered content of the movement.
 */
@Controller
public class UnitController {

    /** {@code results[2].narrative}: the third result sent, i.e. the third content of the movement. */
    private static final Pattern RESULT_FIELD = Pattern.compile("results\\[(\\d+)]\\..*");

    private final CurrentUser currentUser;
    private final ReportingApi reporting;

    public UnitController(CurrentUser currentUser, ReportingApi reporting) {
        this.currentUser = currentUser;
        this.reporting = reporting;
    }

    @GetMapping(UnitPaths.HOME)
    public String reports(Model model) {
        PortalUser officer = officer();
        model.addAttribute("reports", reporting.ofUnit(officer.unit()));
        return "workspace/unit/reports";
    }

    @GetMapping(UnitPaths.FINAL_REPORT)
    public String finalReport(@PathVariable String campaignId, Model model) {
        ReportingApi.UnitReport report = reporting.finalReport(campaignId, officer().unit());
        return page(report, ReportForm.of(report), FormErrors.none(), model);
    }

    @PostMapping(UnitPaths.FINAL_REPORT)
    public String submit(@PathVariable String campaignId, @ModelAttribute("form") ReportForm form, Model model,
            RedirectAttributes redirect) {
        PortalUser officer = officer();
        ReportingApi.UnitReport report = reporting.finalReport(campaignId, officer.unit());
        try {
            reporting.submitFinal(campaignId, officer.unit(), form.results(report.contents()), form.getSummary());
            redirect.addFlashAttribute("done", "unit.submitted");
            redirect.addFlashAttribute("doneArgument", report.campaignTitle());
            return "redirect:" + UnitPaths.HOME;
        } catch (ServiceException.Refused refused) {
            int status = refused.status();
            if (status == HttpStatus.UNAUTHORIZED.value() || status == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            List<ReportingApi.Content> contents = report.contents();
            FormErrors errors = FormErrors.of(refused.problem(), path -> fieldOf(path, contents), code -> null,
                    "Báo cáo chưa hợp lệ, xin kiểm tra lại.");
            return page(report, form, errors, model);
        }
    }

    /** One evidence file for the report or one content; the service recognises its type and checks its size. */
    @PostMapping(UnitPaths.EVIDENCE)
    public String uploadEvidence(@PathVariable String campaignId, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer contentNumber, RedirectAttributes redirect) throws IOException {
        PortalUser officer = officer();
        if (file.isEmpty()) {
            redirect.addFlashAttribute("evidenceError", "unit.evidence.empty");
        } else {
            try {
                ReportingApi.Evidence stored = reporting.uploadEvidence(campaignId, officer.unit(), contentNumber,
                        file.getOriginalFilename(), file.getBytes());
                redirect.addFlashAttribute("done", "unit.evidence.added");
                redirect.addFlashAttribute("doneArgument", stored.fileName());
            } catch (ServiceException.Refused refused) {
                refuseOrShow(refused, redirect);
            }
        }
        return "redirect:" + UnitPaths.HOME + "/bao-cao/" + campaignId + "#minh-chung";
    }

    @PostMapping(UnitPaths.EVIDENCE_DELETE)
    public String deleteEvidence(@PathVariable String campaignId, @PathVariable String attachmentId,
            RedirectAttributes redirect) {
        PortalUser officer = officer();
        try {
            reporting.deleteEvidence(campaignId, officer.unit(), attachmentId);
            redirect.addFlashAttribute("done", "unit.evidence.removed");
        } catch (ServiceException.Refused refused) {
            refuseOrShow(refused, redirect);
        }
        return "redirect:" + UnitPaths.HOME + "/bao-cao/" + campaignId + "#minh-chung";
    }

    /** Not allowed stays an error page; any other refusal (type, size, report already submitted) shows its reason. */
    private static void refuseOrShow(ServiceException.Refused refused, RedirectAttributes redirect) {
        if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
            throw refused;
        }
        redirect.addFlashAttribute("evidenceError", refused.problem().detail());
    }

    private String page(ReportingApi.UnitReport report, ReportForm form, FormErrors errors, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "workspace/unit/report";
    }

    /** The form field of a problem's field path: {@code narrative-<content number>}, or the summary. */
    static String fieldOf(String path, List<ReportingApi.Content> contents) {
        if (path.startsWith("summary")) {
            return "summary";
        }
        Matcher result = RESULT_FIELD.matcher(path);
        if (result.matches()) {
            int index = Integer.parseInt(result.group(1));
            return index < contents.size() ? "narrative-" + contents.get(index).number() : null;
        }
        return null;
    }

    /** Only a unit's officers work here; reporting-service checks the unit again on every call. */
    private PortalUser officer() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isUnitOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
