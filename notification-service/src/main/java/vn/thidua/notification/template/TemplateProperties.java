package vn.thidua.notification.template;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.notification.templates.*}.
 *
 * @param cacheTtl       how long a replica renders with the template version it read before reading
 *                       again: a save shows on this replica at once, on the others within this time
 * @param smsMaxSegments the most segments an SMS template may take for its sample, in the cheaper
 *                       encoding without diacritics (each segment is billed)
 */
@ConfigurationProperties("thidua.notification.templates")
public record TemplateProperties(@DefaultValue("10s") Duration cacheTtl, @DefaultValue("3") int smsMaxSegments) {

    public TemplateProperties {
        if (smsMaxSegments < 1) {
            throw new IllegalArgumentException("thidua.notification.templates.sms-max-segments must be at least 1");
        }
    }
}
