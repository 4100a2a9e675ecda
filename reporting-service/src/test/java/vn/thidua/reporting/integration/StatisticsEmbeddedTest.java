package vn.thidua.reporting.integration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

import vn.thidua.eventing.test.EmbeddedMongo;

/** The statistical form scenarios against the in-process broker and embedded store (the shared context). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import({ EmbeddedMongo.class, MovableClock.Configuration.class })
class StatisticsEmbeddedTest extends StatisticsScenarios {
}
