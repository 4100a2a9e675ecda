package vn.thidua.notification.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateProcessingException;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.notice.NoticeSamples;
import vn.thidua.notification.sms.text.SmsText;

/**
 * What a template must pass before it is saved or previewed: every part present, balanced syntax,
 * only the variables its notice has, a trial render with the kind's sample variables, and, for SMS,
 * at most the configured number of segments. A refusal is a 422 problem listing each problem with
 * its part and line.
 */
@Component
public class TemplateChecks {

    private final TemplateRenderer renderer;
    private final NoticeSamples samples;
    private final TemplateProperties properties;

    public TemplateChecks(TemplateRenderer renderer, NoticeSamples samples, TemplateProperties properties) {
        this.renderer = renderer;
        this.samples = samples;
        this.properties = properties;
    }

    /** Renders the draft with the sample variables, or throws the 422 problem naming what is wrong. */
    public Map<TemplatePart, String> renderOrRefuse(TemplateId id, Map<TemplatePart, String> draft) {
        List<TemplateProblem> problems = new ArrayList<>();
        Map<TemplatePart, String> rendered = new LinkedHashMap<>();
        Map<String, Class<?>> roots = new LinkedHashMap<>();
        roots.put(NoticeSamples.modelName(id.kind()), NoticeSamples.modelType(id.kind()));
        if (id.channel() == Channel.SMS) {
            roots.put("brand", String.class);
        }
        for (TemplatePart part : TemplatePart.of(id.channel())) {
            String source = draft.get(part);
            if (source == null || source.isBlank()) {
                problems.add(new TemplateProblem("template-part-missing", part, 0, "phần này không được để trống"));
                continue;
            }
            List<TemplateProblem> found = new ArrayList<>(TemplateSyntax.check(source, part));
            found.addAll(TemplateVariables.unknown(source, part, roots));
            if (found.isEmpty()) {
                try {
                    rendered.put(part, renderer.render(source, part, id.language(), samples.variables(id.kind())));
                } catch (TemplateProcessingException e) {
                    found.add(new TemplateProblem("template-syntax", part, Math.max(0, e.getLine() == null ? 0
                            : e.getLine()), "không hiển thị được với dữ liệu mẫu: " + e.getMessage()));
                }
            }
            problems.addAll(found);
        }
        if (problems.isEmpty() && id.channel() == Channel.SMS) {
            String text = smsText(rendered.get(TemplatePart.TEXT));
            int segments = SmsText.of(text, false).segments();
            if (segments > properties.smsMaxSegments()) {
                problems.add(new TemplateProblem("sms-too-long", TemplatePart.TEXT, 0, "với dữ liệu mẫu tin nhắn dài "
                        + text.length() + " ký tự, cần " + segments + " phần tin (không dấu), quá giới hạn "
                        + properties.smsMaxSegments() + " phần"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.rejected(problems.getFirst().code(), "Mẫu thông báo " + id.describe()
                    + " chưa hợp lệ: " + String.join("; ", problems.stream().map(TemplateProblem::describe).toList())
                    + ".");
        }
        return rendered;
    }

    /** An SMS as it is sent: one paragraph. */
    static String smsText(String rendered) {
        return rendered.replaceAll("\\s+", " ").strip();
    }
}
