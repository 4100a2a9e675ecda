package vn.thidua.award.dossier;

import java.time.Instant;
import vn.thidua.documents.files.FileType;

/**
 * One file of a nomination's dossier: which item it is, the name it was uploaded under, its type as
 * its content shows, its size and SHA-256 (so a printed or forwarded copy can be checked against it),
 * and who added it when. {@code id} is the content's id in the file store.
 */
public record DossierFile(String id, DossierItem item, String fileName, FileType type, long size, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
