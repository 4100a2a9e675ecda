package vn.thidua.notification.template;

import java.util.List;

import org.thymeleaf.templatemode.TemplateMode;

import vn.thidua.contracts.notification.Channel;

/** The parts of a notice's template: an email has a subject, a text and an HTML body; an SMS a text. */
public enum TemplatePart {
    SUBJECT(TemplateMode.TEXT, ".subject.txt"),
    TEXT(TemplateMode.TEXT, ".txt"),
    HTML(TemplateMode.HTML, ".html");

    private final TemplateMode mode;
    private final String suffix;

    TemplatePart(TemplateMode mode, String suffix) {
        this.mode = mode;
        this.suffix = suffix;
    }

    public TemplateMode mode() {
        return mode;
    }

    /** The file name's ending of the built-in template. */
    String suffix() {
        return suffix;
    }

    public static List<TemplatePart> of(Channel channel) {
        return channel == Channel.SMS ? List.of(TEXT) : List.of(SUBJECT, TEXT, HTML);
    }
}
