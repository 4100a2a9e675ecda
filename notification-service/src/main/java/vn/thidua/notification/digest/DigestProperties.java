package vn.thidua.notification.digest;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.notification.digest.*}: the daily email to each department's office listing its late units.
 *
 * @param sendAt             local time (thidua.notification.time-zone) from which the day's digests go
 * @param checkInterval      how often the holder of the lease looks whether the day's digests are due
 * @param officeUnitSuffix   the office of agency X is the directory's unit X + this (SNNMT-VP, Văn phòng Sở)
 */
@ConfigurationProperties("thidua.notification.digest")
public record DigestProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("07:30") LocalTime sendAt,
        @DefaultValue("1m") Duration checkInterval,
        @DefaultValue("-VP") String officeUnitSuffix) {
}
