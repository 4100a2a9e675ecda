package vn.thidua.award.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.nomination.NominationAccess;
import vn.thidua.award.nomination.NominationService;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.documents.files.FileType;

/**
 * A nomination's dossier files: uploaded by its unit (or the office of the unit's department, or an
 * administrator) while the dossier is open, checked by their content (type, size) and fingerprinted
 * (SHA-256), kept in GridFS and described on the nomination with one audit entry; read by whoever
 * reads the nomination's dossier.
 */
@Service
public class DossierService {

    private static final int MAX_NAME_LENGTH = 200;

    private final NominationService nominations;
    private final DossierStore files;
    private final AggregateStore store;
    private final Clock clock;
    private final long maxFileSize;

    DossierService(NominationService nominations, DossierStore files, AggregateStore store, Clock clock,
            @Value("${thidua.award.dossier.max-file-size:10MB}") DataSize maxFileSize) {
        this.nominations = nominations;
        this.files = files;
        this.store = store;
        this.clock = clock;
        this.maxFileSize = maxFileSize.toBytes();
    }

    /** A file as it is downloaded: its description and content. */
    public record Download(DossierFile file, byte[] content) {

        /** The name to save it under: the uploaded name, with the extension its content calls for. */
        public String downloadName() {
            String name = file.fileName();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + file.type().extension()) ? name
                    : name + "." + file.type().extension();
        }
    }

    /**
     * Adds a file to the dossier: refused when the caller may not change it (403), the dossier is
     * closed (409), the file is empty (422), too large (413) or not an accepted type (415).
     */
    public DossierFile upload(String nominationId, DossierItem item, String uploadedName, byte[] content, Actor actor,
            Who who) {
        Nomination nomination = nominations.get(nominationId);
        authoriseChange(nomination, actor);
        nomination.ensureDossierOpen();
        String fileName = cleanName(uploadedName, item);
        if (content.length == 0) {
            throw DomainException.rejected("file-empty", "Tệp \"" + fileName + "\" không có nội dung.");
        }
        if (content.length > maxFileSize) {
            throw FileRefused.tooLarge(content.length, maxFileSize);
        }
        FileType type = FileType.detect(content).orElseThrow(() -> FileRefused.typeNotAccepted(fileName));
        String sha256 = sha256(content);
        String id = files.store(content, fileName, type, nominationId, sha256);
        Instant now = clock.instant();
        DossierFile file = new DossierFile(id, item, fileName, type, content.length, sha256, who.subject(), now);
        try {
            nomination.attach(file, who, now);
            store.update(nomination, List.of());
        } catch (RuntimeException notRecorded) {
            files.erase(id);
            throw notRecorded;
        }
        return file;
    }

    /** Removes a file uploaded by mistake, while the dossier is open; its content is erased. */
    public Nomination remove(String nominationId, String fileId, Actor actor, Who who) {
        Nomination nomination = nominations.get(nominationId);
        authoriseChange(nomination, actor);
        DossierFile removed = nomination.detach(fileId, who, clock.instant());
        store.update(nomination, List.of());
        files.erase(removed.id());
        return nomination;
    }

    /** The dossier's files, for whoever reads the nomination's dossier (403 otherwise). */
    public List<DossierFile> list(String nominationId, Actor actor) {
        return readable(nominationId, actor).dossier();
    }

    /** One file with its content, for whoever reads the nomination's dossier. */
    public Download download(String nominationId, String fileId, Actor actor) {
        DossierFile file = readable(nominationId, actor).dossierFile(fileId);
        return new Download(file, files.read(file.id()));
    }

    /** The nomination, once the actor may read its whole dossier (403 otherwise, even once decided). */
    public Nomination readable(String nominationId, Actor actor) {
        Nomination nomination = nominations.get(nominationId);
        if (!NominationAccess.readsDossier(actor, nomination)) {
            throw DomainException.forbidden("Bạn không có quyền xem hồ sơ đề nghị khen thưởng " + nominationId + ".");
        }
        return nomination;
    }

    /** As for submitting: the nominee's unit, the office of the unit's department, administrators. */
    private static void authoriseChange(Nomination nomination, Actor actor) {
        boolean ownUnit = actor.has(Role.UNIT) && actor.isOfUnit(nomination.unitId());
        boolean unitsOffice = actor.has(Role.OFFICE) && actor.belongsTo(nomination.unitAgency());
        if (!actor.has(Role.ADMIN) && !ownUnit && !unitsOffice) {
            throw DomainException.forbidden("Chỉ đơn vị " + nomination.unitId() + " hoặc Văn phòng cơ quan của đơn vị ("
                    + nomination.unitAgency() + ") được thay đổi hồ sơ đề nghị khen thưởng " + nomination.id() + ".");
        }
    }

    /** The last segment of what the browser sent (no path), without control characters, bounded. */
    static String cleanName(String uploadedName, DossierItem item) {
        String name = uploadedName == null ? "" : uploadedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(name.length() - MAX_NAME_LENGTH);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
