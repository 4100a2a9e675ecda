package vn.thidua.notification.inbox;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.notification.paging.Page;
import vn.thidua.notification.paging.PageRequest;

@RestController
@RequestMapping("/api/inbox")
@Tag(name = "Hộp thư thông báo", description = "The signed-in user's portal inbox: messages to their unit and to them")
class InboxController {

    private final Inbox inbox;
    private final CurrentActor actor;

    InboxController(Inbox inbox, CurrentActor actor) {
        this.inbox = inbox;
        this.actor = actor;
    }

    @GetMapping
    @Operation(summary = "The signed-in user's messages (to their unit and to them), newest first, paged by page "
            + "(from 0) and size (1–100, default 20); unread=true for the unread ones only. Any signed-in user; "
            + "service clients 403")
    Page<InboxView> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.of(actor.actor(), unread, PageRequest.of(page, size));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the signed-in user's messages they have not read: {\"unread\": n}")
    Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unreadCount(actor.actor()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks one message read for the signed-in user (idempotent); 404 unknown, 403 a message "
            + "to another unit or person")
    InboxView read(@PathVariable String id) {
        return inbox.markRead(id, actor.actor());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Marks every message of the signed-in user's inbox read for them: {\"marked\": n}")
    Map<String, Long> readAll() {
        return Map.of("marked", inbox.markAllRead(actor.actor()));
    }
}
