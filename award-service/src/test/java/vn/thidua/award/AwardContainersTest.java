package vn.thidua.award;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same scenarios against real MongoDB and Apache Kafka images; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class AwardContainersTest extends ReferenceTableScenarios {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::getReplicaSetUrl);
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
    }
}
