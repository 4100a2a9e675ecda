package vn.thidua.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.thidua.eventing.security.AccessRules;
import vn.thidua.eventing.security.Role;

/**
 * Which roles reach which endpoint. Nothing here is open to users without a token (the SMS
 * provider's signed delivery reports are the one machine-to-machine exception): recipients and deliveries hold
 * addresses and phone numbers, and the chase list is the issuing office's work. Service clients
 * have no scope that reads notifications. Which rows a role then sees (its agency's, its unit's)
 * is decided by the queries: {@code RecipientDirectory}, {@code DeliveryLog}, {@code LateUnits}.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

    @Bean
    AccessRules notificationAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/recipients", "/api/recipients/*")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.LEADER.name(), Role.UNIT.name())
                .requestMatchers(HttpMethod.PUT, "/api/recipients/*/preferences")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.UNIT.name())
                .requestMatchers(HttpMethod.GET, "/api/deliveries", "/api/deliveries/*")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.UNIT.name())
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/late-units")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.LEADER.name())
                // The SMS provider's delivery reports carry no user token: the controller checks their
                // HMAC signature with the shared secret and refuses (401) anything unsigned.
                .requestMatchers(HttpMethod.POST, "/api/sms/delivery-reports").permitAll()
                // The local SMPP sink's inbox (only while the sink runs; otherwise 404): development data.
                .requestMatchers(HttpMethod.GET, "/api/sms/sink/messages").hasRole(Role.ADMIN.name());
    }
}
