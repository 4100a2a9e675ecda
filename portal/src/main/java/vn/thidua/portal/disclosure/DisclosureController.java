package vn.thidua.portal.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.portal.services.AwardApi;
import vn.thidua.portal.services.ServiceException;
import vn.thidua.portal.workspace.FormErrors;

/**
 * The public disclosure of nominee lists (công khai danh sách đề nghị khen thưởng) and the objection
 * form: anyone, signed in or not, may send an objection while a list is up, with or without their
 * name. award-service validates and limits objections per address; its reasons are shown beside
 * the field, and the visitor's address is passed on so the limit counts the visitor.
 */
@Controller
public class DisclosureController {

    public static final String LISTS = "/cong-khai";
    public static final String LIST = LISTS + "/{id}";
    public static final String OBJECT = LIST + "/y-kien";

    /** Disclosure ids are award-service's (e.g. {@code dis-…}); anything else is not looked up. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Map<String, String> FIELD_OF_CODE = Map.of(
            "not-in-disclosure", "nominationId",
            "disclosure-closed", "objectionText");

    private final AwardApi awards;

    public DisclosureController(AwardApi awards) {
        this.awards = awards;
    }

    @GetMapping(LISTS)
    public String lists(Model model) {
        model.addAttribute("disclosures", awards.disclosures());
        return "disclosures";
    }

    @GetMapping(LIST)
    public String list(@PathVariable String id, Model model) {
        return page(disclosure(id), new ObjectionForm(), FormErrors.none(), model);
    }

    @PostMapping(OBJECT)
    public String object(@PathVariable String id, @ModelAttribute("form") ObjectionForm form, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        AwardApi.Disclosure disclosure = disclosure(id);
        try {
            awards.object(id, form.toRequest(), request.getRemoteAddr());
            redirect.addFlashAttribute("done", "disclosure.objected");
            return "redirect:" + LISTS + "/" + id;
        } catch (ServiceException.Refused refused) {
            if (!FormErrors.concernsTheForm(refused)) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), DisclosureController::fieldOf, FIELD_OF_CODE::get,
                    "Chưa gửi được ý kiến, xin kiểm tra lại.");
            return page(disclosure, form, errors, model);
        }
    }

    private AwardApi.Disclosure disclosure(String id) {
        if (!ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return awards.disclosure(id);
    }

    static String fieldOf(String path) {
        return switch (path) {
            case "text" -> "objectionText";
            case "name", "contact", "nominationId" -> path;
            default -> null;
        };
    }

    private String page(AwardApi.Disclosure disclosure, ObjectionForm form, FormErrors errors, Model model) {
        model.addAttribute("disclosure", disclosure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "disclosure";
    }

    /** An objection as typed: only the text is required; name and contact let the office answer. */
    public static class ObjectionForm {

        private String objectionText;
        private String name;
        private String contact;
        private String nominationId;

        Map<String, Object> toRequest() {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("text", objectionText == null ? "" : objectionText.strip());
            putIfPresent(request, "name", name);
            putIfPresent(request, "contact", contact);
            putIfPresent(request, "nominationId", nominationId);
            return request;
        }

        private static void putIfPresent(Map<String, Object> request, String key, String value) {
            if (value != null && !value.isBlank()) {
                request.put(key, value.strip());
            }
        }

        public String getObjectionText() {
            return objectionText;
        }

        public void setObjectionText(String objectionText) {
            this.objectionText = objectionText;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getContact() {
            return contact;
        }

        public void setContact(String contact) {
            this.contact = contact;
        }

        public String getNominationId() {
            return nominationId;
        }

        public void setNominationId(String nominationId) {
            this.nominationId = nominationId;
        }
    }
}
