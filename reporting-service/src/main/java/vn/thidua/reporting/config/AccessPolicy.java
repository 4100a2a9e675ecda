package vn.thidua.reporting.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.thidua.eventing.audit.AuditedCollection;
import vn.thidua.eventing.security.AccessRules;
import vn.thidua.eventing.security.Role;
import vn.thidua.reporting.report.ReportAccess;

/**
 * Which roles and scopes reach which endpoint (everything else is denied by eventing). These rules
 * only let the right kinds of user in; which reports each may see or change (their unit's, their
 * department's) is decided on the rows by {@link ReportAccess}.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPolicy {

    private static final String FINAL = "/api/campaigns/*/reports/*/final";
    private static final String PERIOD = "/api/campaigns/*/reports/*/periods/*";
    private static final String ATTACHMENTS = PERIOD + "/attachments";
    private static final String READ_SCOPE = "SCOPE_" + ReportAccess.READ_SCOPE;

    @Bean
    AccessRules reportingAccess() {
        return requests -> requests
                // Evidence files: the unit's officers and the issuing department's office and leaders (checked on the report).
                .requestMatchers(ATTACHMENTS, ATTACHMENTS + "/*")
                        .hasAnyRole(role(Role.UNIT), role(Role.OFFICE), role(Role.LEADER), role(Role.ADMIN))
                .requestMatchers(HttpMethod.POST, FINAL, PERIOD).hasAnyRole(role(Role.UNIT), role(Role.ADMIN))
                .requestMatchers(HttpMethod.POST, FINAL + "/return", FINAL + "/accept", PERIOD + "/return",
                        PERIOD + "/accept")
                        .hasAnyRole(role(Role.OFFICE), role(Role.ADMIN))
                .requestMatchers(HttpMethod.GET, FINAL, PERIOD, "/api/campaigns/*/reports", "/api/units/*/reports")
                        .hasAnyRole(role(Role.UNIT), role(Role.OFFICE), role(Role.LEADER), role(Role.ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/progress")
                        .hasAnyAuthority(Role.OFFICE.authority(), Role.LEADER.authority(), Role.ADMIN.authority(),
                                READ_SCOPE)
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/deadlines")
                        .hasAnyRole(role(Role.UNIT), role(Role.OFFICE), role(Role.LEADER), role(Role.COUNCIL),
                                role(Role.ADMIN))
                // The Ministry's statistical forms: a department's office and leaders (their own), ADMIN (any, province).
                .requestMatchers(HttpMethod.GET, "/api/statistics/forms", "/api/statistics/forms/*")
                        .hasAnyRole(role(Role.OFFICE), role(Role.LEADER), role(Role.ADMIN))
                // Aggregate reports: the office and leaders of the agency concerned (checked on the data), ADMIN.
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/aggregate", "/api/agencies/*/aggregate")
                        .hasAnyRole(role(Role.OFFICE), role(Role.LEADER), role(Role.ADMIN))
                // Rebuilding the dashboard from the topics, and watching it: ADMIN only (before the readers' rule).
                .requestMatchers(HttpMethod.POST, "/api/dashboard/rebuild").hasRole(role(Role.ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/dashboard/rebuild/*").hasRole(role(Role.ADMIN))
                // The provincial aggregate: no unit's or department's rows, so every reader role sees all of it.
                .requestMatchers(HttpMethod.GET, "/api/dashboard/**")
                        .hasAnyAuthority(Role.VIEWER.authority(), Role.LEADER.authority(), Role.OFFICE.authority(),
                                Role.ADMIN.authority(), READ_SCOPE);
    }

    /** Unit reports keep their audit trail; the office sees the changes to its own department's movements. */
    @Bean
    AuditedCollection unitReportsAudit() {
        return new AuditedCollection("unit_reports", "unit-report", "auditTrail", "issuingAgencyCode");
    }

    /** Dashboard rebuilds are the province's, not a department's: only ADMIN sees who asked for them. */
    @Bean
    AuditedCollection dashboardRebuildsAudit() {
        return new AuditedCollection("dashboard_rebuilds", "dashboard-rebuild", "auditTrail", null);
    }

    private static String role(Role role) {
        return role.name();
    }
}
