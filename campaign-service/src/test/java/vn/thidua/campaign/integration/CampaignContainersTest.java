package vn.thidua.campaign.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same scenarios against real MongoDB and Apache Kafka images, wherever Docker runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Testcontainers(disabledWithoutDocker = true)
class CampaignContainersTest extends ClusterScenarios
        implements LetterReadingScenarios, DirectoryTransferScenarios {

    @Container
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @Container
    static KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::getReplicaSetUrl);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::getBootstrapServers);
    }
}
