package vn.thidua.notification.template;

import java.util.List;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.notification.notice.NoticeKind;

/** A template with every version (the one in use marked by {@code activeVersion}) and its audit trail. */
public record TemplateView(NoticeKind kind, Channel channel, String language, int activeVersion,
        TemplateVersion active, List<TemplateVersion> versions, List<AuditEntry> auditTrail) {

    static TemplateView of(NoticeTemplate template) {
        return new TemplateView(template.kind(), template.channel(), template.language(), template.activeVersion(),
                template.active(), template.versions(), template.auditTrail());
    }

    static TemplateView builtIn(TemplateId id, TemplateVersion original) {
        return new TemplateView(id.kind(), id.channel(), id.language(), 1, original, List.of(original), List.of());
    }
}
