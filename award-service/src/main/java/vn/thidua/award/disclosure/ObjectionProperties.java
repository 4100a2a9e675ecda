package vn.thidua.award.disclosure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code thidua.award.objections.*}: at most {@code perAddress} objections from one address within {@code window}. */
@ConfigurationProperties("thidua.award.objections")
public record ObjectionProperties(@DefaultValue("5") int perAddress, @DefaultValue("PT1H") Duration window) {
}
