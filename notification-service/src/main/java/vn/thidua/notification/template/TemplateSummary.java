package vn.thidua.notification.template;

import java.time.Instant;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.notification.notice.NoticeKind;

/** A template in the list: which version is in use, the newest, and who saved last. */
public record TemplateSummary(NoticeKind kind, Channel channel, String language, int activeVersion, int latestVersion,
        Instant lastSavedAt, String lastSavedBy) {

    static TemplateSummary of(NoticeTemplate template) {
        TemplateVersion latest = template.version(template.latestVersion()).orElseThrow();
        return new TemplateSummary(template.kind(), template.channel(), template.language(), template.activeVersion(),
                latest.version(), latest.savedAt(), latest.savedBy());
    }
}
