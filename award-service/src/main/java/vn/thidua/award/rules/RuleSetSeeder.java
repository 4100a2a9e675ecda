package vn.thidua.award.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.thidua.eventing.audit.Who;

/**
 * Seeds the rule sets of the data files ({@code thidua.award.rule-sets.seeds}) that are not stored
 * yet, at start: the Law of 2022 and Decree 98/2023 defaults. Stored versions are never overwritten.
 */
@Component
class RuleSetSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RuleSetSeeder.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleSets ruleSets;
    private final List<Resource> seeds;

    RuleSetSeeder(RuleSets ruleSets, @Value("${thidua.award.rule-sets.seeds}") List<Resource> seeds) {
        this.ruleSets = ruleSets;
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.forEach(seed -> {
            RuleSet ruleSet = read(seed);
            if (ruleSets.seed(ruleSet, Who.SYSTEM)) {
                log.info("Seeded rule set {} from {}", RuleSet.idOf(ruleSet.province(), ruleSet.effectiveFrom()),
                        seed);
            }
        });
    }

    static RuleSet read(Resource seed) {
        try (InputStream in = seed.getInputStream()) {
            return JSON.readValue(in, RuleSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule set " + seed, e);
        }
    }
}
