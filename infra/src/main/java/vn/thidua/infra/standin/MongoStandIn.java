package vn.thidua.infra.standin;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.infra.support.Args;
import vn.thidua.infra.support.ParentWatch;

/**
 * A MongoDB wire-protocol server (mongo-java-server) persisting to one H2 MVStore file, for
 * machines without a real MongoDB. See STACK.md for what it does and does not support.
 *
 * <p>Usage: {@code MongoStandIn --data-dir DIR [--port 27017]}
 */
public final class MongoStandIn {

    private static final Logger log = LoggerFactory.getLogger(MongoStandIn.class);

    private MongoStandIn() {
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        Path directory = options.requiredPath("data-dir").resolve("mongo");
        int port = options.intOption("port", 27017);
        Files.createDirectories(directory);
        Path file = directory.resolve("thidua.mv");

        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        // shutdown() also closes the backend, which commits and closes the MVStore file: without
        // it a SIGTERM could leave the last writes out of the file.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Closing MongoDB stand-in and {}", file);
            server.shutdown();
        }, "mongo-stand-in-shutdown"));
        server.bind("localhost", port);
        ParentWatch.startIfConfigured();
        log.info("MongoDB stand-in listening on localhost:{}, data in {}", port, file);
    }
}
