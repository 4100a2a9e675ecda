package vn.thidua.reporting.attachment;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.config.ReportingProperties;
import vn.thidua.reporting.report.Attachment;
import vn.thidua.reporting.report.UnitReport;
import vn.thidua.reporting.report.UnitReportService;

/**
 * Evidence files on unit reports. An upload is checked (access, the report's state, size, type) before
 * its content is stored, then recorded on the report; if recording fails (the report changed state in
 * between), the stored content is erased again. Removing a file erases its content only when no
 * submitted version holds it: what was handed in stays readable for good.
 */
@Service
public class AttachmentService {

    private final UnitReportService reports;
    private final AttachmentStore store;
    private final ReportingProperties.Attachments limits;
    private final Clock clock;

    public AttachmentService(UnitReportService reports, AttachmentStore store, ReportingProperties properties,
            Clock clock) {
        this.reports = reports;
        this.store = store;
        this.limits = properties.attachments();
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return limits.maxSize().toBytes();
    }

    public Attachment upload(ReportKey key, Integer contentNumber, String originalName, byte[] content, Actor actor,
            Who who) {
        UnitReport report = reports.forNewEvidence(key.campaignId(), key.unitId(), key.periodId(), actor);
        if (content.length > maxSize()) {
            throw tooLarge();
        }
        EvidenceFile file = EvidenceFile.of(originalName, content);
        String id = store.store(file.content(), file.fileName(), file.type(), report.id(), file.sha256());
        Attachment attachment = new Attachment(id, file.fileName(), file.type().mediaType(), file.size(),
                file.sha256(), contentNumber, clock.instant(), who.subject());
        try {
            reports.attach(key.campaignId(), key.unitId(), key.periodId(), attachment, limits.maxFiles(), actor, who);
        } catch (RuntimeException refused) {
            store.erase(id);
            throw refused;
        }
        return attachment;
    }

    /** The files of the version being prepared (or last handed in), or of one submitted version; by content if asked. */
    public List<Attachment> list(ReportKey key, Integer version, Integer contentNumber, Actor actor) {
        UnitReport report = reports.forEvidence(key.campaignId(), key.unitId(), key.periodId(), actor);
        List<Attachment> files = version == null ? report.attachments() : report.versions().stream()
                .filter(submission -> submission.version() == version)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("version-not-found", "Báo cáo chưa có phiên bản " + version
                        + "."))
                .attachments();
        return files.stream()
                .filter(file -> contentNumber == null || contentNumber.equals(file.contentNumber()))
                .toList();
    }

    /** A file of the report (of any version) and its content. */
    public Download download(ReportKey key, String attachmentId, Actor actor) {
        UnitReport report = reports.forEvidence(key.campaignId(), key.unitId(), key.periodId(), actor);
        Attachment attachment = report.attachment(attachmentId).orElseThrow(() -> notFound(attachmentId));
        return new Download(attachment, store.open(attachment.id()));
    }

    public void remove(ReportKey key, String attachmentId, Actor actor, Who who) {
        UnitReport.Detached detached = reports.detach(key.campaignId(), key.unitId(), key.periodId(), attachmentId,
                actor, who);
        if (detached.erasable()) {
            store.erase(detached.attachment().id());
        }
    }

    /** Which report: the movement, the unit and the period ({@code FINAL}, {@code INTERIM-1}…). */
    public record ReportKey(String campaignId, String unitId, String periodId) {
    }

    /** A file's record and its content, to stream to the client. */
    public record Download(Attachment attachment, InputStream content) {
    }

    private EvidenceRefusal tooLarge() {
        return EvidenceRefusal.tooLarge("Tệp minh chứng quá lớn: tối đa " + limits.maxSize().toKilobytes() + " KB.");
    }

    private static DomainException notFound(String attachmentId) {
        return DomainException.notFound("attachment-not-found", "Báo cáo không có tệp minh chứng " + attachmentId
                + ".");
    }
}
