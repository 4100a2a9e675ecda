package vn.thidua.notification.template;

/** Where the version of a template in use comes from: the stored history, or the built-in files alone. */
public interface TemplateSources {

    TemplateVersion active(TemplateId id);
}
