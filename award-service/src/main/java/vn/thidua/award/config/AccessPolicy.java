package vn.thidua.award.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.thidua.eventing.audit.AuditedCollection;
import vn.thidua.eventing.security.AccessRules;
import vn.thidua.eventing.security.Role;

/**
 * Who reaches which endpoint of award-service (docs/api.md). Which rows each may see (their unit,
 * their department, published decisions) is decided in the queries; here only the endpoints.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPolicy {

    /** The scope a service client needs to read rule sets, nominations and achievements. */
    public static final String READ_SCOPE = "award.read";

    private static final String READ_AUTHORITY = "SCOPE_" + READ_SCOPE;

    @Bean
    AccessRules awardAccess() {
        return requests -> requests
                // The catalogue of titles and forms is public, as are decided nominations (filtered in the query).
                .requestMatchers(HttpMethod.GET, "/api/forms").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/nominations", "/api/nominations/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/nominations")
                        .hasAnyRole(Role.UNIT.name(), Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/submit")
                        .hasAnyRole(Role.UNIT.name(), Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/receive", "/api/nominations/*/return",
                        "/api/nominations/*/accept").hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/decide", "/api/nominations/*/revoke")
                        .hasAnyRole(Role.OFFICE.name(), Role.LEADER.name(), Role.ADMIN.name())
                // High honours: the deciding agency consults, forwards and records the answer; consulted
                // agencies answer (rows checked in the service).
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/consultations", "/api/nominations/*/outcome")
                        .hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/consultations/*", "/api/nominations/*/forward")
                        .hasAnyRole(Role.OFFICE.name(), Role.LEADER.name(), Role.ADMIN.name())
                // Leaders sign their agency's decisions (row checked in the service).
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/decision/sign").hasRole(Role.LEADER.name())
                // A decision is published once taken (undecided ones refused in the service).
                .requestMatchers(HttpMethod.GET, "/api/nominations/*/decision.pdf", "/api/nominations/*/decision.docx",
                        "/api/nominations/*/decision/signature").permitAll()
                // The certificate is the recipient's: its unit, the unit's department's staff, administrators.
                .requestMatchers(HttpMethod.GET, "/api/nominations/*/certificate.pdf")
                        .hasAnyRole(Role.UNIT.name(), Role.OFFICE.name(), Role.LEADER.name(), Role.COUNCIL.name(),
                                Role.ADMIN.name())
                // The dossier: changed by the unit and its department's office, read by whoever reads the
                // nomination's dossier (rows checked in the service); generated documents likewise.
                .requestMatchers(HttpMethod.POST, "/api/nominations/*/dossier")
                        .hasAnyRole(Role.UNIT.name(), Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.DELETE, "/api/nominations/*/dossier/*")
                        .hasAnyRole(Role.UNIT.name(), Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/nominations/*/dossier", "/api/nominations/*/dossier/*",
                        "/api/nominations/*/submission-memo.pdf", "/api/nominations/*/submission-memo.docx",
                        "/api/nominations/*/achievement-report.pdf", "/api/nominations/*/achievement-report.docx")
                        .hasAnyAuthority(Role.UNIT.authority(), Role.OFFICE.authority(), Role.LEADER.authority(),
                                Role.COUNCIL.authority(), Role.ADMIN.authority(), READ_AUTHORITY)
                // Decisions commending several recipients: taken like single ones, published once taken.
                .requestMatchers(HttpMethod.POST, "/api/decision-batches")
                        .hasAnyRole(Role.OFFICE.name(), Role.LEADER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/decision-batches/*/sign").hasRole(Role.LEADER.name())
                .requestMatchers(HttpMethod.GET, "/api/decision-batches/*", "/api/decision-batches/*/decision.pdf",
                        "/api/decision-batches/*/decision.docx", "/api/decision-batches/*/signature").permitAll()
                // Reference tables: the office reads them, administrators change them.
                .requestMatchers(HttpMethod.GET, "/api/base-salaries", "/api/holidays", "/api/holidays/*")
                        .hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/base-salaries").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/holidays/*").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/reward-funds/*/*").hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/reward-funds/*/*")
                        .hasAnyRole(Role.OFFICE.name(), Role.LEADER.name(), Role.ADMIN.name())
                // Published lists are public and anyone may object; their objections are the agency's staff's.
                .requestMatchers(HttpMethod.GET, "/api/disclosures", "/api/disclosures/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/disclosures/*/objections").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/disclosures/*/objections")
                        .hasAnyRole(Role.OFFICE.name(), Role.LEADER.name(), Role.COUNCIL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/disclosures").hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                // Council sessions: the office runs them, members on the roster vote (rows checked in the service).
                .requestMatchers(HttpMethod.GET, "/api/council-sessions", "/api/council-sessions/*",
                        "/api/council-sessions/*/minutes")
                        .hasAnyRole(Role.OFFICE.name(), Role.LEADER.name(), Role.COUNCIL.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/council-sessions", "/api/council-sessions/*/open",
                        "/api/council-sessions/*/close", "/api/council-sessions/*/items/*/written-votes")
                        .hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/council-sessions/*/items/*/votes",
                        "/api/council-sessions/*/items/*/recusals")
                        .hasAnyRole(Role.COUNCIL.name(), Role.LEADER.name())
                .requestMatchers(HttpMethod.GET, "/api/rule-sets", "/api/rule-sets/in-force")
                        .hasAnyAuthority(Role.OFFICE.authority(), Role.LEADER.authority(), Role.COUNCIL.authority(),
                                Role.ADMIN.authority(), READ_AUTHORITY)
                .requestMatchers(HttpMethod.POST, "/api/rule-sets").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/achievements")
                        .hasAnyAuthority(Role.OFFICE.authority(), Role.LEADER.authority(), Role.COUNCIL.authority(),
                                Role.UNIT.authority(), Role.ADMIN.authority(), READ_AUTHORITY)
                .requestMatchers(HttpMethod.POST, "/api/achievements/import")
                        .hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name());
    }

    /** Nominations are their departments' (the unit's and the issuing agency's, in {@code agencies}). */
    @Bean
    AuditedCollection nominationsAudit() {
        return new AuditedCollection("nominations", "nomination", "auditTrail", "agencies");
    }

    /** Council sessions are their department's: office staff read the changes to their own. */
    @Bean
    AuditedCollection councilSessionsAudit() {
        return new AuditedCollection("council_sessions", "council-session", "auditTrail", "agency");
    }

    /** A decision commending several recipients is its deciding agency's. */
    @Bean
    AuditedCollection decisionBatchesAudit() {
        return new AuditedCollection("decision_batches", "decision-batch", "auditTrail", "agency");
    }

    /** The base salary table is the province's, no department's: only administrators read its changes. */
    @Bean
    AuditedCollection baseSalariesAudit() {
        return new AuditedCollection("base_salaries", "base-salary", "auditTrail", null);
    }

    /** Public holidays are the country's: only administrators read their changes. */
    @Bean
    AuditedCollection holidaysAudit() {
        return new AuditedCollection("public_holidays", "public-holidays", "auditTrail", null);
    }

    /** A fund's budget changes are its agency's. */
    @Bean
    AuditedCollection rewardFundsAudit() {
        return new AuditedCollection("reward_funds", "reward-fund", "auditTrail", "agency");
    }

    /** Published lists are their agency's. */
    @Bean
    AuditedCollection disclosuresAudit() {
        return new AuditedCollection("disclosures", "disclosure", "auditTrail", "agency");
    }

    /** Objections belong to the agency whose list they answer. */
    @Bean
    AuditedCollection objectionsAudit() {
        return new AuditedCollection("objections", "objection", "auditTrail", "agency");
    }

    /** Rule sets are the province's, no department's: only administrators read their changes. */
    @Bean
    AuditedCollection ruleSetsAudit() {
        return new AuditedCollection("rule_sets", "rule-set", "auditTrail", null);
    }

    /** History imports belong to the departments of the units their rows are of. */
    @Bean
    AuditedCollection achievementImportsAudit() {
        return new AuditedCollection("achievement_imports", "achievement-import", "auditTrail", "agencies");
    }
}
