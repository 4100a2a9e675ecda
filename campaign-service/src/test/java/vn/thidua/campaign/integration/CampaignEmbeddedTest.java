package vn.thidua.campaign.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

import vn.thidua.eventing.test.EmbeddedMongo;

/** The scenarios against an in-process KRaft broker and the embedded MongoDB-compatible server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import(EmbeddedMongo.class)
class CampaignEmbeddedTest extends ClusterScenarios
        implements LetterReadingScenarios, DirectoryTransferScenarios {
}
