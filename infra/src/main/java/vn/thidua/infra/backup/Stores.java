package vn.thidua.infra.backup;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Where the platform keeps its data: a MongoDB server (the embedded stand-in or a real one) and a
 * Kafka cluster.
 *
 * @param mongoUri a MongoDB connection string, as {@code SPRING_MONGODB_URI}
 * @param kafkaBrokers bootstrap servers, as {@code KAFKA_BOOTSTRAP_SERVERS}
 */
public record Stores(String mongoUri, String kafkaBrokers) {

    MongoClient mongoClient() {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(15, TimeUnit.SECONDS))
                .applicationName("thidua-backup")
                .build());
    }

    /** The connection string without user and password, fit for a manifest or a console. */
    public String mongoWithoutCredentials() {
        return mongoUri.replaceFirst("://[^@/]+@", "://***@");
    }
}
