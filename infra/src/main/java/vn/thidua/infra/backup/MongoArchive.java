package vn.thidua.infra.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The {@code thidua_*} databases, read and written through the MongoDB driver: every collection's
 * documents as canonical Extended JSON (exact BSON types: ObjectId, dates, 64-bit numbers,
 * decimals), its index specifications and its creation options. Works the same against the
 * embedded stand-in and a real MongoDB.
 */
final class MongoArchive {

    static final String DATABASE_PREFIX = "thidua_";
    private static final String LEASE_SUFFIX = "_leases";
    private static final int BATCH = 1000;
    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final Set<String> INDEX_FIELDS_NOT_TO_SEND = Set.of("v", "ns");

    private final MongoClient client;

    MongoArchive(MongoClient client) {
        this.client = client;
    }

    /** The platform's databases on this server, by name. */
    List<String> databases() {
        Set<String> names = new TreeSet<>();
        client.listDatabaseNames().forEach(name -> {
            if (name.startsWith(DATABASE_PREFIX)) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }

    /** Writes every collection of every platform database into {@code mongo/}, adding each file's checksum to {@code files}. */
    List<Manifest.Database> dump(BackupArchive archive, Map<String, String> files) {
        List<Manifest.Database> dumped = new ArrayList<>();
        for (String databaseName : databases()) {
            MongoDatabase database = client.getDatabase(databaseName);
            List<Manifest.Collection> collections = new ArrayList<>();
            for (BsonDocument info : database.listCollections(BsonDocument.class)) {
                String type = info.getString("type", new BsonString("collection")).getValue();
                String name = info.getString("name").getValue();
                if (!type.equals("collection") || name.startsWith("system.")) {
                    continue;
                }
                collections.add(dumpCollection(archive, files, database, name, info.getDocument("options", new BsonDocument())));
            }
            dumped.add(new Manifest.Database(databaseName, collections));
        }
        return dumped;
    }

    private Manifest.Collection dumpCollection(BackupArchive archive, Map<String, String> files,
            MongoDatabase database, String name, BsonDocument options) {
        String base = "mongo/" + fileName(database.getName()) + "/" + fileName(name);
        String documentsFile = base + ".ejson";
        String indexFile = base + ".indexes.json";
        MongoCollection<BsonDocument> collection = database.getCollection(name, BsonDocument.class);
        long count = 0;
        try {
            Path documents = archive.file(documentsFile);
            Files.createDirectories(documents.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(documents, StandardCharsets.UTF_8);
                    MongoCursor<BsonDocument> cursor = collection.find().batchSize(BATCH).iterator()) {
                while (cursor.hasNext()) {
                    out.write(cursor.next().toJson(CANONICAL));
                    out.write('\n');
                    count++;
                }
            }
            BsonArray indexes = new BsonArray();
            collection.listIndexes(BsonDocument.class).forEach(indexes::add);
            Files.writeString(archive.file(indexFile),
                    new BsonDocument("indexes", indexes).toJson(CANONICAL), StandardCharsets.UTF_8);
            files.put(documentsFile, BackupArchive.sha256(documents));
            files.put(indexFile, BackupArchive.sha256(archive.file(indexFile)));
            return new Manifest.Collection(name, options.toJson(CANONICAL), count, indexes.size(), documentsFile, indexFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + documentsFile, e);
        }
    }

    /** {@code db.collection → documents} for every non-empty collection of the platform's databases. */
    Map<String, Long> contents() {
        Map<String, Long> contents = new LinkedHashMap<>();
        for (String databaseName : databases()) {
            MongoDatabase database = client.getDatabase(databaseName);
            for (String collection : database.listCollectionNames()) {
                long count = database.getCollection(collection).countDocuments();
                if (count > 0) {
                    contents.put(databaseName + "." + collection, count);
                }
            }
        }
        return contents;
    }

    /**
     * The leases a running service holds (outbox relay, deadline scheduler): a live replica renews
     * its lease every few seconds and hands it back when it stops, so an unexpired one means a
     * service still writes to this database.
     */
    List<String> liveLeases(Instant now) {
        List<String> leases = new ArrayList<>();
        for (String databaseName : databases()) {
            MongoDatabase database = client.getDatabase(databaseName);
            for (String collection : database.listCollectionNames()) {
                if (!collection.endsWith(LEASE_SUFFIX)) {
                    continue;
                }
                for (BsonDocument lease : database.getCollection(collection, BsonDocument.class)
                        .find(Filters.gt("expiresAt", Date.from(now)))) {
                    BsonValue id = lease.get("_id");
                    leases.add(databaseName + "." + collection + " '" + (id.isString() ? id.asString().getValue() : id.toString()) + "'");
                }
            }
        }
        return leases;
    }

    /** Drops each database of the manifest, then recreates its collections, documents and indexes. */
    void restore(BackupArchive archive, Manifest manifest) {
        for (Manifest.Database backedUp : manifest.databases()) {
            MongoDatabase database = client.getDatabase(backedUp.name());
            database.drop();
            for (Manifest.Collection collection : backedUp.collections()) {
                BsonDocument create = new BsonDocument("create", new BsonString(collection.name()));
                create.putAll(BsonDocument.parse(collection.options()));
                database.runCommand(create);
                insertAll(archive.file(collection.file()), database.getCollection(collection.name(), BsonDocument.class));
                createIndexes(database, collection.name(), readIndexes(archive, collection));
            }
        }
    }

    private static void insertAll(Path file, MongoCollection<BsonDocument> collection) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<BsonDocument> batch = new ArrayList<>(BATCH);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(BsonDocument.parse(line));
                if (batch.size() == BATCH) {
                    collection.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                collection.insertMany(batch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void createIndexes(MongoDatabase database, String collection, BsonArray indexes) {
        BsonArray toCreate = new BsonArray();
        for (BsonValue index : indexes) {
            BsonDocument spec = index.asDocument().clone();
            if (spec.getString("name", new BsonString("")).getValue().equals("_id_")) {
                continue;
            }
            INDEX_FIELDS_NOT_TO_SEND.forEach(spec::remove);
            toCreate.add(spec);
        }
        if (!toCreate.isEmpty()) {
            database.runCommand(new BsonDocument("createIndexes", new BsonString(collection)).append("indexes", toCreate));
        }
    }

    static BsonArray readIndexes(BackupArchive archive, Manifest.Collection collection) {
        try {
            return BsonDocument.parse(Files.readString(archive.file(collection.indexFile()), StandardCharsets.UTF_8))
                    .getArray("indexes");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + collection.indexFile(), e);
        }
    }

    /** What differs between the server and the manifest's counts: empty when the restore is complete. */
    List<String> compare(Manifest manifest) {
        List<String> differences = new ArrayList<>();
        for (Manifest.Database backedUp : manifest.databases()) {
            MongoDatabase database = client.getDatabase(backedUp.name());
            for (Manifest.Collection collection : backedUp.collections()) {
                long documents = database.getCollection(collection.name()).countDocuments();
                if (documents != collection.documents()) {
                    differences.add(backedUp.name() + "." + collection.name() + ": " + documents + " documents, expected " + collection.documents());
                }
                int indexes = 0;
                for (BsonDocument ignored : database.getCollection(collection.name()).listIndexes(BsonDocument.class)) {
                    indexes++;
                }
                if (indexes != collection.indexes()) {
                    differences.add(backedUp.name() + "." + collection.name() + ": " + indexes + " indexes, expected " + collection.indexes());
                }
            }
        }
        return differences;
    }

    /** A collection or database name as a file name: letters, digits, '.', '-', '_' kept, the rest %-encoded. */
    static String fileName(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("*", "%2A").replace("+", "%20");
    }
}
