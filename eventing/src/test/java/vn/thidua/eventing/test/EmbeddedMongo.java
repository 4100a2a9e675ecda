package vn.thidua.eventing.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The embedded MongoDB-compatible server (mongo-java-server, in memory) for a service's tests, on a
 * free port, wired into {@code spring.mongodb.uri}. Import it next to {@code @EmbeddedKafka}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedMongo {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        return server;
    }

    @Bean
    DynamicPropertyRegistrar embeddedMongoUri(MongoServer embeddedMongoServer) {
        return registry -> registry.add("spring.mongodb.uri",
                () -> "mongodb://localhost:" + embeddedMongoServer.getLocalAddress().getPort());
    }
}
