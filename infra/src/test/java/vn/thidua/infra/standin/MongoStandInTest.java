package vn.thidua.infra.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.infra.launcher.ReadinessCheck;
import vn.thidua.infra.testing.JavaProcess;

class MongoStandInTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsADocumentAcrossARestart() throws Exception {
        int port = JavaProcess.freePort();

        try (JavaProcess mongo = startMongo(port)) {
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                units(client).insertOne(new Document("_id", "SNNMT-VP").append("name", "Văn phòng Sở"));
            }
            assertThat(mongo.stop()).as("clean exit on SIGTERM").isIn(0, 143);
        }
        assertThat(dataDir.resolve("mongo/thidua.mv")).exists();

        try (JavaProcess mongo = startMongo(port);
                MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            Document unit = units(client).find(Filters.eq("_id", "SNNMT-VP")).first();
            assertThat(unit).isNotNull();
            assertThat(unit.getString("name")).isEqualTo("Văn phòng Sở");
        }
    }

    private JavaProcess startMongo(int port) throws Exception {
        return JavaProcess.start(MongoStandIn.class, dataDir.resolve("mongo.log"),
                        "--data-dir", dataDir.toString(), "--port", Integer.toString(port))
                .awaitReady(Duration.ofSeconds(30), ReadinessCheck.tcp(port)::isReady);
    }

    private static MongoCollection<Document> units(MongoClient client) {
        return client.getDatabase("campaign").getCollection("units");
    }
}
