package vn.thidua.portal.workspace.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.portal.campaign.CampaignDetail;
import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.UnitPaths;

/**
 * Registration for emulation (đăng ký thi đua): the launched movements the unit takes part in, each
 * with whether the unit has registered and until when it may; the form to register the unit's
 * targets, the collective titles it aims for and its people with their titles. campaign-service
 * checks the deadline, the unit and the titles; its reasons are shown beside the field.
 */
@Controller
public class RegistrationController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The titles a collective or a person may register for (campaign-service's codes). */
    static final List<String> COLLECTIVE_TITLES = List.of("TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_XUAT_SAC",
            "CO_THI_DUA");
    static final List<String> INDIVIDUAL_TITLES = List.of("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO",
            "CHIEN_SI_THI_DUA_CAP_TINH", "CHIEN_SI_THI_DUA_TOAN_QUOC");
    private static final Pattern PERSON_FIELD = Pattern.compile("individuals\\[(\\d+)]\\.(name|titles).*");

    private final CurrentUser currentUser;
    private final CampaignApi campaigns;

    public RegistrationController(CurrentUser currentUser, CampaignApi campaigns) {
        this.currentUser = currentUser;
        this.campaigns = campaigns;
    }

    @GetMapping(UnitPaths.REGISTRATIONS)
    public String movements(Model model) {
        PortalUser officer = officer();
        List<Row> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(VIETNAM);
        for (CampaignDetail movement : campaigns.launchedFor(officer.unit())) {
            boolean registered = campaigns.registrations(movement.id()).of(officer.unit()).isPresent();
            rows.add(new Row(movement, registered, movement.takesRegistrations(today)));
        }
        model.addAttribute("rows", rows);
        return "workspace/unit/registrations";
    }

    /** A movement on the unit's registration list. */
    public record Row(CampaignDetail movement, boolean registered, boolean open) {
    }

    @GetMapping(UnitPaths.REGISTRATION)
    public String registration(@PathVariable String campaignId, Model model) {
        officer();
        return page(campaignId, RegistrationForm.empty(), FormErrors.none(), model);
    }

    @PostMapping(UnitPaths.REGISTRATION)
    public String register(@PathVariable String campaignId, @ModelAttribute("form") RegistrationForm form, Model model,
            RedirectAttributes redirect) {
        PortalUser officer = officer();
        try {
            campaigns.register(campaignId, form.toRequest(officer.unit()));
            redirect.addFlashAttribute("done", "registration.done");
            return "redirect:" + UnitPaths.REGISTRATIONS + "/" + campaignId;
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            form.fillRows();
            FormErrors errors = FormErrors.of(refused.problem(), path -> fieldOf(path, form), RegistrationController::fieldOfCode,
                    "Đăng ký chưa hợp lệ, xin kiểm tra lại.");
            return page(campaignId, form, errors, model);
        }
    }

    private String page(String campaignId, RegistrationForm form, FormErrors errors, Model model) {
        PortalUser officer = officer();
        CampaignDetail movement = campaigns.get(campaignId);
        model.addAttribute("movement", movement);
        model.addAttribute("registration", campaigns.registrations(campaignId).of(officer.unit()).orElse(null));
        model.addAttribute("open", movement.takesRegistrations(LocalDate.now(VIETNAM)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("collectiveTitles", COLLECTIVE_TITLES);
        model.addAttribute("individualTitles", INDIVIDUAL_TITLES);
        return "workspace/unit/registration";
    }

    /** {@code individuals[1].name} → {@code person-<row>-name} of the row it came from; {@code titles[0]} → titles; {@code targets} → targets. */
    static String fieldOf(String path, RegistrationForm form) {
        if (path.startsWith("targets")) {
            return "targets";
        }
        if (path.startsWith("titles")) {
            return "titles";
        }
        Matcher person = PERSON_FIELD.matcher(path);
        if (person.matches()) {
            int row = form.rowOfSent(Integer.parseInt(person.group(1)));
            return row < 0 ? null : "person-" + (row + 1) + ("name".equals(person.group(2)) ? "-name" : "-title");
        }
        return null;
    }

    private static String fieldOfCode(String code) {
        return Map.of("unknown-title", "titles", "title-not-applicable", "titles").get(code);
    }

    /** Only a unit's officers; campaign-service checks the unit on every call. */
    private PortalUser officer() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isUnitOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
