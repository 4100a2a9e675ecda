package vn.thidua.notification.template;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.notice.NoticeKind;

/**
 * The templates notices are rendered with, and their history. Until a template is first saved the
 * built-in version 1 is in use and nothing is stored; the first save stores version 1 beside the new
 * version 2, so version 1 stays restorable like any other. Every save and restore is one guarded write
 * of the template's document (versions, active version and audit entry together); a concurrent one
 * is refused with 409 rather than lost.
 */
@Service
public class TemplateLibrary implements TemplateSources {

    private final MongoTemplate mongo;
    private final BuiltInTemplates builtIn = new BuiltInTemplates();
    private final TemplateChecks checks;
    private final TemplateProperties properties;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public TemplateLibrary(MongoTemplate mongo, TemplateChecks checks, TemplateProperties properties, Clock clock) {
        this.mongo = mongo;
        this.checks = checks;
        this.properties = properties;
        this.clock = clock;
    }

    /** The version in use, read again after the configured time so other replicas' saves show up. */
    @Override
    public TemplateVersion active(TemplateId id) {
        Instant now = Instant.now();
        Cached cached = cache.get(id.key());
        if (cached != null && cached.readAt().plus(properties.cacheTtl()).isAfter(now)) {
            return cached.version();
        }
        TemplateVersion active = stored(id).map(NoticeTemplate::active).orElseGet(() -> builtIn.active(id));
        cache.put(id.key(), new Cached(active, now));
        return active;
    }

    /** Every template, kind by kind: which version is in use and how many there are. */
    public List<TemplateSummary> list() {
        Map<String, NoticeTemplate> stored = new ConcurrentHashMap<>();
        mongo.findAll(NoticeTemplate.class).forEach(t -> stored.put(t.id(), t));
        List<TemplateSummary> all = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Channel channel : kind.textable() ? List.of(Channel.EMAIL, Channel.SMS) : List.of(Channel.EMAIL)) {
                for (String language : MailComposer.LANGUAGES) {
                    TemplateId id = new TemplateId(kind, channel, language);
                    NoticeTemplate template = stored.get(id.key());
                    all.add(template == null ? new TemplateSummary(kind, channel, language, 1, 1, null, null)
                            : TemplateSummary.of(template));
                }
            }
        }
        return all;
    }

    /** One template with all its versions and its audit trail. */
    public TemplateView view(TemplateId id) {
        return stored(id).map(TemplateView::of).orElseGet(() -> TemplateView.builtIn(id, builtIn.active(id)));
    }

    public TemplateVersion version(TemplateId id, int number) {
        return stored(id).map(NoticeTemplate::versions).orElseGet(() -> List.of(builtIn.active(id))).stream()
                .filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("template-version-not-found",
                        "Mẫu " + id.describe() + " không có phiên bản " + number + "."));
    }

    /** A new version from the draft, checked first, and in use from now on. */
    public TemplateView save(TemplateId id, TemplateDraft draft, Who who) {
        checks.renderOrRefuse(id, draft.parts());
        Instant at = clock.instant();
        NoticeTemplate current = stored(id).orElseGet(() -> firstStored(id, at));
        int next = current.latestVersion() + 1;
        boolean email = id.channel() == Channel.EMAIL;
        TemplateVersion version = new TemplateVersion(next, email ? draft.subject() : null, draft.text(),
                email ? draft.html() : null, at,
                who.subject(), draft.note() == null || draft.note().isBlank() ? null : draft.note().strip());
        AuditEntry audit = AuditEntry.of(who, at, "TEMPLATE_SAVED", "Lưu phiên bản " + next + " của mẫu "
                + id.describe() + (version.note() == null ? "" : ": " + version.note()) + ".")
                .change("Phiên bản " + current.activeVersion(), "Phiên bản " + next);
        return write(id, current, new Update().push("versions", version).set("activeVersion", next), audit);
    }

    /** Puts an earlier (or later) version back in use; the one in use already changes nothing. */
    public TemplateView restore(TemplateId id, int number, Who who) {
        version(id, number);
        NoticeTemplate current = stored(id).orElse(null);
        int active = current == null ? 1 : current.activeVersion();
        if (active == number) {
            return view(id);
        }
        Instant at = clock.instant();
        AuditEntry audit = AuditEntry.of(who, at, "TEMPLATE_RESTORED", "Dùng lại phiên bản " + number + " của mẫu "
                + id.describe() + ".").change("Phiên bản " + active, "Phiên bản " + number);
        return write(id, current, new Update().set("activeVersion", number), audit);
    }

    private TemplateView write(TemplateId id, NoticeTemplate current, Update update, AuditEntry audit) {
        Query unchanged = new Query(Criteria.where("_id").is(id.key()).and("revision").is(current.revision()));
        update.push("auditTrail", audit).inc("revision", 1);
        NoticeTemplate written = mongo.findAndModify(unchanged, update, FindAndModifyOptions.options().returnNew(true),
                NoticeTemplate.class);
        if (written == null) {
            throw DomainException.conflict("template-changed-concurrently", "Mẫu " + id.describe()
                    + " vừa được người khác thay đổi; vui lòng tải lại và thử lại.");
        }
        cache.remove(id.key());
        return TemplateView.of(written);
    }

    /** Stores the built-in version 1 as the history's start (or finds it stored by a concurrent save). */
    private NoticeTemplate firstStored(TemplateId id, Instant at) {
        TemplateVersion original = builtIn.active(id);
        NoticeTemplate first = new NoticeTemplate(id.key(), id.kind(), id.channel(), id.language(), 1,
                List.of(new TemplateVersion(1, original.subject(), original.text(), original.html(), at,
                        original.savedBy(), original.note())), List.of(), 0);
        try {
            mongo.insert(first);
            return first;
        } catch (DuplicateKeyException concurrent) {
            return stored(id).orElseThrow(() -> new IllegalStateException("Template " + id.key() + " vanished"));
        }
    }

    /** Renders the draft (or, without one, the version in use) with the kind's sample variables. */
    public TemplatePreview preview(TemplateId id, TemplateDraft draft) {
        Map<TemplatePart, String> parts = draft == null || draft.parts().isEmpty() ? active(id).parts() : draft.parts();
        return TemplatePreview.of(id, checks.renderOrRefuse(id, parts));
    }

    private java.util.Optional<NoticeTemplate> stored(TemplateId id) {
        return java.util.Optional.ofNullable(mongo.findById(id.key(), NoticeTemplate.class));
    }

    private record Cached(TemplateVersion version, Instant readAt) {
    }
}
