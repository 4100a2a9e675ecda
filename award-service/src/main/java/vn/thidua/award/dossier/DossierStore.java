package vn.thidua.award.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.documents.files.FileType;

/**
 * The dossier files' content, in GridFS (bucket {@code nomination_dossiers}), so a scan of several
 * megabytes never sits in the nomination's document; the nomination keeps only the file's
 * description. GridFS needs nothing the embedded store lacks (plain inserts, finds and indexes; the
 * API tests store and read files back through it). Each file's metadata names its nomination, so a
 * file orphaned by a crash between storing it and recording it can be found.
 */
@Component
class DossierStore {

    static final String BUCKET = "nomination_dossiers";

    private final GridFsTemplate gridFs;

    DossierStore(MongoDatabaseFactory database, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(database, converter, BUCKET);
    }

    /** Stores the content; returns its id. */
    String store(byte[] content, String fileName, FileType type, String nominationId, String sha256) {
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), fileName, type.mediaType(),
                new Document("nominationId", nominationId).append("sha256", sha256));
        return id.toHexString();
    }

    /** The content of a stored file. */
    byte[] read(String id) {
        GridFSFile file = ObjectId.isValid(id) ? gridFs.findOne(byId(id)) : null;
        if (file == null) {
            throw DomainException.notFound("dossier-content-missing", "Không tìm thấy nội dung tệp hồ sơ " + id + ".");
        }
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Erases a file's content: one never recorded on its nomination, or removed from the dossier. */
    void erase(String id) {
        gridFs.delete(byId(id));
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(new ObjectId(id)));
    }
}
