package vn.thidua.eventing.migration;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Runs the service's {@code @Bean Migration}s at start: after every bean is created and before anything starts
 * (the Kafka bindings, the outbox relay, the web server), so no request or event sees the data half-migrated by
 * this instance. A failure stops start-up.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "vn.thidua.eventing.config.EventingAutoConfiguration" })
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty(name = "thidua.migrations.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(MigrationProperties.class)
public class MigrationAutoConfiguration {

    @Bean
    MigrationRunner migrationRunner(MongoTemplate mongo, ObjectProvider<Clock> clock, ObjectProvider<Migration> migrations,
            MigrationProperties properties) {
        return new MigrationRunner(mongo, clock.getIfAvailable(Clock::systemUTC), migrations.orderedStream().toList(),
                properties.leaseDuration(), properties.waitForLease());
    }

    @Bean
    SmartInitializingSingleton migrationsAtStart(MigrationRunner runner) {
        return runner::run;
    }
}
