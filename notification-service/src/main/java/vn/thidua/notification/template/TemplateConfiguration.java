package vn.thidua.notification.template;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eventing.audit.AuditedCollection;

@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    @Bean
    TemplateRenderer templateRenderer() {
        return new TemplateRenderer();
    }

    /**
     * Templates are the platform's, not a department's: their changes are ADMIN's to read in
     * {@code GET /api/audit}; OFFICE staff read them on the template itself.
     */
    @Bean
    AuditedCollection templateTrail() {
        return new AuditedCollection("notice_templates", "template", "auditTrail", null);
    }
}
