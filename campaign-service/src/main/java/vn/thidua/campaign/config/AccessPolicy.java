package vn.thidua.campaign.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.eventing.audit.AuditedCollection;
import vn.thidua.eventing.security.AccessRules;
import vn.thidua.eventing.security.Role;

/**
 * Who reaches which endpoint of campaign-service (docs/api.md). Which rows they then see is decided
 * in the services: {@link CampaignAccess} for movements and their letters, RegistrationService for
 * registrations. Whatever is not named here is denied by eventing's security configuration.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPolicy {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String OFFICE = Role.OFFICE.name();
    private static final String LEADER = Role.LEADER.name();
    private static final String UNIT = Role.UNIT.name();

    /** Any signed-in person, whatever their role, and service clients allowed to read movements. */
    private static final String[] DIRECTORY_READERS = { Role.ADMIN.authority(), Role.OFFICE.authority(),
            Role.UNIT.authority(), Role.COUNCIL.authority(), Role.LEADER.authority(), Role.VIEWER.authority(),
            "SCOPE_" + CampaignAccess.READ_SCOPE };

    @Bean
    AccessRules campaignAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.PUT, "/api/agencies/*").hasRole(ADMIN)
                // Directory files: exported to whoever reads the directory, imported by administrators only.
                .requestMatchers(HttpMethod.GET, "/api/agencies/export", "/api/units/export")
                .hasAnyAuthority(DIRECTORY_READERS)
                .requestMatchers(HttpMethod.POST, "/api/directory/import").hasRole(ADMIN)
                // Reading a launch letter into a draft of the caller's agency (CampaignAccess checks the agency).
                .requestMatchers(HttpMethod.POST, "/api/campaigns/drafts/from-letter").hasAnyRole(OFFICE, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/agencies", "/api/agencies/*", "/api/units")
                .hasAnyAuthority(DIRECTORY_READERS)
                // Published movements and their letters are public; drafts are filtered out in the queries.
                .requestMatchers(HttpMethod.GET, "/api/campaigns", "/api/campaigns/*", "/api/campaigns/*/letter.pdf",
                        "/api/campaigns/*/letter.docx", "/api/campaigns/*/letter/signature").permitAll()
                // A leader signs the letters of their own agency (checked in LetterApprovalService).
                .requestMatchers(HttpMethod.POST, "/api/campaigns/*/letter/approve").hasAnyRole(LEADER, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/campaigns", "/api/campaigns/*/launch", "/api/campaigns/*/cancel",
                        "/api/campaigns/*/close", "/api/campaigns/*/cascade").hasAnyRole(OFFICE, ADMIN)
                .requestMatchers(HttpMethod.PUT, "/api/campaigns/*/milestones").hasAnyRole(OFFICE, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/campaigns/*/registrations").hasAnyRole(UNIT, OFFICE, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/campaigns/*/registrations").hasAnyRole(UNIT, OFFICE, LEADER, ADMIN)
                // Clusters (ClusterAccess decides on the row): published rankings are public, the rest is
                // for the organiser, the members' departments and units, and reading services.
                .requestMatchers(HttpMethod.GET, "/api/clusters/rankings", "/api/clusters/*/years/*/ranking",
                        "/api/clusters/*/years/*/ranking.xlsx").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/clusters", "/api/clusters/*").hasAnyAuthority(DIRECTORY_READERS)
                .requestMatchers(HttpMethod.POST, "/api/clusters", "/api/clusters/*/years",
                        "/api/clusters/*/years/*/ranking/publish", "/api/clusters/*/campaigns").hasAnyRole(OFFICE, ADMIN)
                .requestMatchers(HttpMethod.PUT, "/api/clusters/*/members", "/api/clusters/*/years/*/covenant",
                        "/api/clusters/*/years/*/scoring-table").hasAnyRole(OFFICE, ADMIN)
                // Members' officers sign and self-score; the year's head unit (a UNIT) or the office agrees and closes.
                .requestMatchers(HttpMethod.POST, "/api/clusters/*/years/*/covenant/signatures").hasRole(UNIT)
                .requestMatchers(HttpMethod.PUT, "/api/clusters/*/years/*/self-scores/*").hasRole(UNIT)
                .requestMatchers(HttpMethod.POST, "/api/clusters/*/years/*/covenant/close").hasAnyRole(UNIT, OFFICE, ADMIN)
                .requestMatchers(HttpMethod.PUT, "/api/clusters/*/years/*/agreed-scores/*").hasAnyRole(UNIT, OFFICE, ADMIN);
    }

    @Bean
    AuditedCollection auditedCampaigns() {
        return new AuditedCollection("campaigns", "campaign", "auditTrail", "issuingAgency.code");
    }

    @Bean
    AuditedCollection auditedRegistrations() {
        return new AuditedCollection("registrations", "registration", "auditTrail", "agencyCode");
    }

    @Bean
    AuditedCollection auditedClusters() {
        return new AuditedCollection("clusters", "cluster", "auditTrail", "organiserAgencyCode");
    }

    /** The directory is kept by administrators, so only they read its history. */
    @Bean
    AuditedCollection auditedAgencies() {
        return new AuditedCollection("agencies", "agency", "auditTrail", null);
    }
}
