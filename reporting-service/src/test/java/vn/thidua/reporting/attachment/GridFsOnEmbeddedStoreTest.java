package vn.thidua.reporting.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.documents.files.FileType;

/**
 * GridFS (files and chunks collections, chunked writes, reads by id, deletes) works against the
 * embedded MongoDB-compatible server the services run on without Docker, so evidence files use it
 * rather than a home-made chunk collection.
 */
class GridFsOnEmbeddedStoreTest {

    private MongoServer server;
    private MongoClient client;
    private AttachmentStore store;
    private MongoTemplate mongo;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        int port = server.bind().getPort();
        client = MongoClients.create("mongodb://localhost:" + port);
        SimpleMongoClientDatabaseFactory database = new SimpleMongoClientDatabaseFactory(client, "gridfs_probe");
        mongo = new MongoTemplate(database);
        store = new AttachmentStore(database, mongo.getConverter());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aFileOfSeveralChunksIsStoredReadBackAndErased() throws IOException {
        byte[] content = EvidenceSamples.pdfOfSize(700_000); // three 255 KB chunks

        String id = store.store(content, "Báo cáo thành tích.pdf", FileType.PDF, "cmp-1:U1:FINAL", "abc");

        try (InputStream read = store.open(id)) {
            assertThat(read.readAllBytes()).isEqualTo(content);
        }
        Document file = mongo.getCollection(AttachmentStore.BUCKET + ".files").find().first();
        assertThat(file).isNotNull();
        assertThat(file.getString("filename")).isEqualTo("Báo cáo thành tích.pdf");
        assertThat(file.get("metadata", Document.class).getString("reportId")).isEqualTo("cmp-1:U1:FINAL");
        assertThat(mongo.getCollection(AttachmentStore.BUCKET + ".chunks").countDocuments()).isEqualTo(3);

        store.erase(id);

        assertThat(mongo.getCollection(AttachmentStore.BUCKET + ".chunks").countDocuments()).isZero();
        assertThatThrownBy(() -> store.open(id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("attachment-content-missing"));
    }
}
