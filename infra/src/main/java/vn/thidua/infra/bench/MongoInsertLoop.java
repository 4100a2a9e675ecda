package vn.thidua.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The store's raw limit: single-document inserts with the plain MongoDB driver (acknowledged writes, one
 * document per round trip, like each report submission's write), from as many threads as the HTTP load uses.
 */
final class MongoInsertLoop {

    /** Inserts per second, with their latencies. */
    record Figures(long inserts, double insertsPerSecond, double p50Millis, double p99Millis) {
    }

    private static final String DATABASE = "thidua_bench_raw";

    private final String mongoUri;

    MongoInsertLoop(String mongoUri) {
        this.mongoUri = mongoUri;
    }

    Figures run(int threads, Duration duration, int documentBytes) {
        String filler = "x".repeat(Math.max(0, documentBytes - 200));
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> collection = client.getDatabase(DATABASE).getCollection("inserts");
            collection.drop();
            Latencies latencies = new Latencies();
            AtomicLong inserted = new AtomicLong();
            long deadline = System.nanoTime() + duration.toNanos();
            long started = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                int id = worker;
                workers.add(Thread.ofPlatform().name("mongo-raw-" + worker).start(() -> {
                    long sequence = 0;
                    while (System.nanoTime() < deadline) {
                        Document document = new Document("_id", id + ":" + sequence++)
                                .append("campaignId", "cmp-bench").append("unitId", "U" + id)
                                .append("summary", filler);
                        long before = System.nanoTime();
                        collection.insertOne(document);
                        latencies.add(System.nanoTime() - before);
                        inserted.incrementAndGet();
                    }
                }));
            }
            joinAll(workers);
            double seconds = (System.nanoTime() - started) / 1e9;
            client.getDatabase(DATABASE).drop();
            return new Figures(inserted.get(), inserted.get() / seconds, latencies.percentileMillis(50),
                    latencies.percentileMillis(99));
        }
    }

    private static void joinAll(List<Thread> workers) {
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the insert loop", e);
        }
    }
}
