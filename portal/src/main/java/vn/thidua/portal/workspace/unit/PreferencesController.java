package vn.thidua.portal.workspace.unit;

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
import vn.thidua.portal.services.NotificationApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;
import vn.thidua.portal.workspace.UnitPaths;

/**
 * How the unit receives notices (notification-service's recipient preferences): the language, the
 * channels (email, SMS), SMS with or without diacritics, the SMS quiet hours, and opting out of the
 * notices that are not mandatory (launches, reminders and decisions are still sent).
 */
@Controller
public class PreferencesController {

    private static final Map<String, String> FIELD_OF_CODE = Map.of(
            "unsupported-language", "language",
            "unsupported-channel", "channels",
            "invalid-quiet-hours", "quietStart");

    private final CurrentUser currentUser;
    private final NotificationApi notifications;

    public PreferencesController(CurrentUser currentUser, NotificationApi notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    @GetMapping(UnitPaths.PREFERENCES)
    public String preferences(Model model) {
        PortalUser officer = officer();
        NotificationApi.Recipient recipient = notifications.recipient(officer.unit());
        return page(recipient, recipient.preferredLanguage(), recipient.unsubscribed(), recipient.channels(),
                recipient.unicodeSms(), recipient.quietHoursStart(), recipient.quietHoursEnd(), FormErrors.none(), model);
    }

    @PostMapping(UnitPaths.PREFERENCES)
    public String save(@RequestParam(defaultValue = "vi") String language,
            @RequestParam(defaultValue = "false") boolean unsubscribed,
            @RequestParam(required = false) List<String> channels,
            @RequestParam(defaultValue = "false") boolean unicodeSms,
            @RequestParam(required = false) String quietStart, @RequestParam(required = false) String quietEnd,
            Model model, RedirectAttributes redirect) {
        PortalUser officer = officer();
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("language", language);
        preferences.put("unsubscribed", unsubscribed);
        preferences.put("channels", channels == null ? List.of() : channels);
        preferences.put("unicodeSms", unicodeSms);
        boolean quietHours = quietStart != null && !quietStart.isBlank() || quietEnd != null && !quietEnd.isBlank();
        if (quietHours) {
            preferences.put("quietHours", Map.of("start", blankToEmpty(quietStart), "end", blankToEmpty(quietEnd)));
        }
        try {
            notifications.updatePreferences(officer.unit(), preferences);
            redirect.addFlashAttribute("done", "preferences.saved");
            return "redirect:" + UnitPaths.PREFERENCES;
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), PreferencesController::fieldOf, FIELD_OF_CODE::get,
                    "Chưa lưu được, xin kiểm tra lại.");
            return page(notifications.recipient(officer.unit()), language, unsubscribed,
                    channels == null ? List.of() : channels, unicodeSms, quietStart, quietEnd, errors, model);
        }
    }

    static String fieldOf(String path) {
        if (path.startsWith("quietHours")) {
            return path.endsWith("end") ? "quietEnd" : "quietStart";
        }
        return switch (path) {
            case "language", "unsubscribed", "unicodeSms" -> path;
            default -> path.startsWith("channels") ? "channels" : null;
        };
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private String page(NotificationApi.Recipient recipient, String language, boolean unsubscribed, List<String> channels,
            boolean unicodeSms, String quietStart, String quietEnd, FormErrors errors, Model model) {
        model.addAttribute("recipient", recipient);
        model.addAttribute("language", language == null ? "vi" : language);
        model.addAttribute("unsubscribed", unsubscribed);
        model.addAttribute("channels", channels);
        model.addAttribute("unicodeSms", unicodeSms);
        model.addAttribute("quietStart", quietStart == null ? "" : quietStart);
        model.addAttribute("quietEnd", quietEnd == null ? "" : quietEnd);
        model.addAttribute("errors", errors);
        return "workspace/unit/preferences";
    }

    private PortalUser officer() {
        PortalUser user = currentUser.get();
        if (user == null || !user.isUnitOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
