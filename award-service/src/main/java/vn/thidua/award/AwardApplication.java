package vn.thidua.award;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * award-service: nominations (đề nghị khen thưởng), the evidence units reported, and decisions
 * (quyết định khen thưởng) with their yearly numbering.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AwardApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardApplication.class, args);
    }
}
