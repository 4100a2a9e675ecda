package vn.thidua.notification.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.notification.notice.NoticeKind;

/**
 * A template's history: all its versions, which one is in use, and who changed what. Stored once a
 * template is first edited (until then the built-in version 1 is in use and nothing is stored); each
 * save or restore is one guarded write of this document, versions, active pointer and audit together.
 *
 * @param id            {@link TemplateId#key()}
 * @param activeVersion the version notices are rendered with
 * @param revision      counts writes, so two editors saving at once do not both win
 */
@Document("notice_templates")
public record NoticeTemplate(@Id String id, NoticeKind kind, Channel channel, String language, int activeVersion,
        List<TemplateVersion> versions, List<AuditEntry> auditTrail, long revision) {

    public NoticeTemplate {
        versions = versions == null ? List.of() : List.copyOf(versions);
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }

    public Optional<TemplateVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    public TemplateVersion active() {
        return version(activeVersion).orElseThrow(() -> new IllegalStateException(
                "Template " + id + " names version " + activeVersion + " as active but does not hold it"));
    }

    public int latestVersion() {
        return versions.stream().mapToInt(TemplateVersion::version).max().orElse(0);
    }
}
