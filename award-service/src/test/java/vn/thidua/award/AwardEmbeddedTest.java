package vn.thidua.award;

import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

import vn.thidua.eventing.test.EmbeddedMongo;

/** The scenarios on an in-process KRaft broker and mongo-java-server. */
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import(EmbeddedMongo.class)
class AwardEmbeddedTest extends ReferenceTableScenarios {
}
