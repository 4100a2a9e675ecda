package vn.thidua.reporting.attachment;

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
 * The evidence files' content, in GridFS (bucket {@code report_attachments}: collections
 * {@code report_attachments.files} and {@code .chunks}), so a file of many megabytes never sits in the
 * report's document. GridFS works the same against the embedded store as against MongoDB (checked by
 * {@code GridFsOnEmbeddedStoreTest}). Each file's metadata names its report, so an orphan left by a
 * crash between storing the content and recording it on the report can be found.
 */
@Component
public class AttachmentStore {

    static final String BUCKET = "report_attachments";

    private final GridFsTemplate gridFs;

    public AttachmentStore(MongoDatabaseFactory database, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(database, converter, BUCKET);
    }

    /** Stores the content; returns its id. */
    public String store(byte[] content, String fileName, FileType type, String reportId, String sha256) {
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), fileName, type.mediaType(),
                new Document("reportId", reportId).append("sha256", sha256));
        return id.toHexString();
    }

    /** The content of a stored file. */
    public InputStream open(String id) {
        GridFSFile file = gridFs.findOne(byId(id));
        if (file == null) {
            throw DomainException.notFound("attachment-content-missing", "Không tìm thấy nội dung của tệp minh chứng "
                    + id + ".");
        }
        try {
            return gridFs.getResource(file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Erases a file's content (only ever one no submitted version holds). */
    public void erase(String id) {
        gridFs.delete(byId(id));
    }

    private static Query byId(String id) {
        if (!ObjectId.isValid(id)) {
            throw DomainException.notFound("attachment-not-found", "Không tìm thấy tệp minh chứng " + id + ".");
        }
        return new Query(Criteria.where("_id").is(new ObjectId(id)));
    }
}
