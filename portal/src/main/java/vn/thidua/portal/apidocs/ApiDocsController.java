package vn.thidua.portal.apidocs;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.portal.services.ApiDocsApi;
import vn.thidua.portal.services.PlatformService;
import vn.thidua.portal.services.ServiceException;

/**
 * The platform's API documentation in one place, public like each service's own {@code /v3/api-docs}:
 * per service its operations (method, path as called through the portal's gateway, summary) and its
 * OpenAPI document to download. Reading the documentation grants nothing; the calls still need a token.
 */
@Controller
public class ApiDocsController {

    public static final String PAGE = "/tai-lieu-api";
    public static final String DOCUMENT = PAGE + "/{service}.json";

    private final ApiDocsApi docs;

    public ApiDocsController(ApiDocsApi docs) {
        this.docs = docs;
    }

    @GetMapping(PAGE)
    public String page(Model model) {
        List<ApiDocsApi.ServiceDocs> services = new ArrayList<>();
        for (PlatformService service : PlatformService.values()) {
            services.add(docs.summary(service));
        }
        model.addAttribute("services", services);
        return "api-docs";
    }

    /** One service's OpenAPI document as the service publishes it. */
    @GetMapping(DOCUMENT)
    public ResponseEntity<String> document(@PathVariable String service) {
        PlatformService target = PlatformService.byShortName(service)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(docs.document(target));
        } catch (ServiceException unavailable) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }
}
