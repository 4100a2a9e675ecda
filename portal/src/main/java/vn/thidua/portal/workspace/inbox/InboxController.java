package vn.thidua.portal.workspace.inbox;

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
import vn.thidua.portal.security.SecurityConfiguration;
import vn.thidua.portal.services.NotificationApi;
import vn.thidua.portal.services.ServiceException;

/**
 * The signed-in user's notification inbox (hộp thư thông báo): newest first, unread ones marked,
 * read one or all; and the unread count the header shows on every page (loaded after the page, so a
 * slow notification-service never holds a page up, and left out when it cannot answer).
 */
@Controller
public class InboxController {

    public static final String INBOX = SecurityConfiguration.WORKSPACE + "/thong-bao";
    public static final String UNREAD_BADGE = INBOX + "/chua-doc";
    public static final String READ = INBOX + "/{id}/da-doc";
    public static final String READ_ALL = INBOX + "/da-doc-tat-ca";
    static final int PAGE_SIZE = 20;

    private final CurrentUser currentUser;
    private final NotificationApi notifications;

    public InboxController(CurrentUser currentUser, NotificationApi notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    @GetMapping(INBOX)
    public String inbox(@RequestParam(name = "chuaDoc", defaultValue = "false") boolean unreadOnly,
            @RequestParam(name = "trang", defaultValue = "0") int page, Model model) {
        signedIn();
        model.addAttribute("inbox", notifications.inbox(unreadOnly, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("unreadOnly", unreadOnly);
        return "workspace/inbox";
    }

    /** The header's badge: the number of unread notices, or nothing when there are none or it cannot be known. */
    @GetMapping(UNREAD_BADGE)
    public String unreadBadge(Model model) {
        signedIn();
        long unread;
        try {
            unread = notifications.unreadCount();
        } catch (ServiceException unavailable) {
            unread = 0;
        }
        model.addAttribute("unread", unread);
        return "workspace/inbox :: badge";
    }

    @PostMapping(READ)
    public String read(@PathVariable String id) {
        signedIn();
        notifications.markRead(id);
        return "redirect:" + INBOX;
    }

    @PostMapping(READ_ALL)
    public String readAll(RedirectAttributes redirect) {
        signedIn();
        notifications.markAllRead();
        redirect.addFlashAttribute("done", "inbox.allRead");
        return "redirect:" + INBOX;
    }

    private void signedIn() {
        if (currentUser.get() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
