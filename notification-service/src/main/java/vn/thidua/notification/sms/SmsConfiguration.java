package vn.thidua.notification.sms;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.notification.sms.http.HttpSmsProvider;
import vn.thidua.notification.sms.sink.SmppSink;
import vn.thidua.notification.sms.smpp.SmppSmsProvider;

/**
 * The SMS provider {@code thidua.notification.sms.provider} names (smpp, http; none: no bean, SMS-only
 * recipients get email) and, when {@code thidua.notification.sms.sink.enabled}, the local SMPP sink.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);
    private static final String PROVIDER = "thidua.notification.sms.provider";

    @Bean
    @ConditionalOnProperty(name = PROVIDER, havingValue = "smpp")
    SmppSmsProvider smppSmsProvider(SmsProperties properties, SmsDeliveries deliveries) {
        log.info("SMS over SMPP: {}", properties.smpp());
        return new SmppSmsProvider(properties, deliveries);
    }

    @Bean
    @ConditionalOnProperty(name = PROVIDER, havingValue = "http")
    HttpSmsProvider httpSmsProvider(SmsProperties properties) {
        log.info("SMS over the provider's HTTP API: {}", properties.http());
        return new HttpSmsProvider(properties);
    }

    @Bean
    @ConditionalOnProperty(name = "thidua.notification.sms.sink.enabled", havingValue = "true")
    SmppSink smppSink(SmsProperties properties, Clock clock) {
        return new SmppSink(properties, clock);
    }
}
