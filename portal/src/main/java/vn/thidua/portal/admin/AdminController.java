package vn.thidua.portal.admin;

import java.util.ArrayList;
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
import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.OperationsApi;
import vn.thidua.portal.services.PlatformService;
import vn.thidua.portal.services.ServiceException;

/**
 * The administrators' operations console: for each service, the outbox backlog, the consumer lag
 * with the last event seen per topic, and the dead letters with their reasons, each replayed or
 * discarded after a confirmation (the services audit both). A service that cannot answer (Kafka
 * down, say) is shown as such while the others still are.
 */
@Controller
public class AdminController {

    public static final String HOME = SecurityConfiguration.WORKSPACE + "/quan-tri";
    public static final String SERVICE = HOME + "/{service}";
    public static final String REPLAY = SERVICE + "/su-kien-loi/replay";
    public static final String DISCARD = SERVICE + "/su-kien-loi/discard";

    private final CurrentUser currentUser;
    private final OperationsApi operations;

    public AdminController(CurrentUser currentUser, OperationsApi operations) {
        this.currentUser = currentUser;
        this.operations = operations;
    }

    /** Every service at a glance: backlog, dead letters awaiting a decision, lag. */
    @GetMapping(HOME)
    public String overview(Model model) {
        admin();
        List<ServiceState> states = new ArrayList<>();
        for (PlatformService service : PlatformService.values()) {
            states.add(ServiceState.read(service, operations, "PENDING"));
        }
        model.addAttribute("states", states);
        return "admin/overview";
    }

    /** One service: every dead letter of the chosen state (awaiting a decision by default), with its reason. */
    @GetMapping(SERVICE)
    public String service(@PathVariable String service, @RequestParam(defaultValue = "PENDING") String state,
            Model model) {
        admin();
        String filter = List.of("PENDING", "ALL", "REPLAYED", "DISCARDED").contains(state) ? state : "PENDING";
        model.addAttribute("state", ServiceState.read(serviceNamed(service), operations, filter));
        model.addAttribute("filter", filter);
        return "admin/service";
    }

    @PostMapping(REPLAY)
    public String replay(@PathVariable String service, @RequestParam String topic, @RequestParam int partition,
            @RequestParam long offset, RedirectAttributes redirect) {
        admin();
        PlatformService target = serviceNamed(service);
        return decided(target, redirect, () -> operations.replay(target, topic, partition, offset), "admin.replayed");
    }

    @PostMapping(DISCARD)
    public String discard(@PathVariable String service, @RequestParam String topic, @RequestParam int partition,
            @RequestParam long offset, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        admin();
        PlatformService target = serviceNamed(service);
        return decided(target, redirect, () -> operations.discard(target, topic, partition, offset, reason),
                "admin.discarded");
    }

    /** A decision already taken by someone else (409) is said at the top; the list shows the new state. */
    private String decided(PlatformService service, RedirectAttributes redirect, Runnable decision, String doneKey) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (ServiceException.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED.value() || refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("decisionError", refused.problem().detail());
        }
        return "redirect:" + HOME + "/" + service.shortName();
    }

    private static PlatformService serviceNamed(String name) {
        return PlatformService.byShortName(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Administrators only; each service checks the ADMIN role again. */
    private void admin() {
        PortalUser user = currentUser.get();
        if (user == null || !user.has(PortalUser.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
