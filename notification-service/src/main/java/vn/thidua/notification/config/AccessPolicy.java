package vn.thidua.notification.config;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.thidua.eventing.security.AccessRules;
import vn.thidua.eventing.security.Role;

/**
 * Which roles reach which endpoint. Nothing here is open to users without a token but the public
 * news feed (the SMS provider's signed delivery reports are the one machine-to-machine exception): recipients and deliveries hold
 * addresses and phone numbers, and the chase list is the issuing office's work. Service clients
 * have no scope that reads notifications. Which rows a role then sees (its agency's, its unit's)
 * is decided by the queries: {@code RecipientDirectory}, {@code DeliveryLog}, {@code LateUnits}.
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

    private static final String[] ALL_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    @Bean
    AccessRules notificationAccess() {
        return requests -> requests
                // The news feed holds only what the department publishes on its portal.
                .requestMatchers(HttpMethod.GET, "/api/news", "/api/news/*").permitAll()
                // The inbox is personal: every signed-in user has one (a user's role decides nothing but that
                // they are a user); service clients carry no user and have none.
                .requestMatchers("/api/inbox", "/api/inbox/**").hasAnyRole(ALL_ROLES)
                // One set of templates for the platform: the offices that send notices edit it, ADMIN too.
                .requestMatchers("/api/templates", "/api/templates/**").hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name())
                .requestMatchers(HttpMethod.GET, "/api/recipients", "/api/recipients/*")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.LEADER.name(), Role.UNIT.name())
                .requestMatchers(HttpMethod.PUT, "/api/recipients/*/preferences")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.UNIT.name())
                .requestMatchers(HttpMethod.GET, "/api/deliveries", "/api/deliveries/*")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.UNIT.name())
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/late-units")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.LEADER.name())
                .requestMatchers(HttpMethod.POST, "/api/campaigns/*/late-units/reminders")
                .hasAnyRole(Role.ADMIN.name(), Role.OFFICE.name(), Role.LEADER.name())
                // The SMS provider's delivery reports carry no user token: the controller checks their
                // HMAC signature with the shared secret and refuses (401) anything unsigned.
                .requestMatchers(HttpMethod.POST, "/api/sms/delivery-reports").permitAll()
                // The local SMPP sink's inbox (only while the sink runs; otherwise 404): development data.
                .requestMatchers(HttpMethod.GET, "/api/sms/sink/messages").hasRole(Role.ADMIN.name());
    }
}
