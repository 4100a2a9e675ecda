package vn.thidua.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.notice.LaunchLetter;
import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.notice.NoticeSamples;
import vn.thidua.notification.notice.ReminderNotice;

/** The checks a template passes before it is saved: balanced syntax and known variables, with the line. */
class TemplateRulesTest {

    static final Map<String, Class<?>> LETTER = Map.of("letter", LaunchLetter.class);
    static final Map<String, Class<?>> REMINDER = Map.of("notice", ReminderNotice.class);

    @Test
    void everyBuiltInTemplateIsBalancedAndUsesOnlyItsNoticesVariables() {
        BuiltInTemplates builtIn = new BuiltInTemplates();
        List<String> checked = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Channel channel : kind.textable() ? List.of(Channel.EMAIL, Channel.SMS) : List.of(Channel.EMAIL)) {
                for (String language : MailComposer.LANGUAGES) {
                    TemplateId id = new TemplateId(kind, channel, language);
                    Map<String, Class<?>> roots = channel == Channel.SMS
                            ? Map.of(NoticeSamples.modelName(kind), NoticeSamples.modelType(kind), "brand", String.class)
                            : Map.of(NoticeSamples.modelName(kind), NoticeSamples.modelType(kind));
                    builtIn.active(id).parts().forEach((part, source) -> {
                        assertThat(TemplateSyntax.check(source, part)).as("%s %s", id.key(), part).isEmpty();
                        assertThat(TemplateVariables.unknown(source, part, roots)).as("%s %s", id.key(), part).isEmpty();
                        checked.add(id.key() + ":" + part);
                    });
                }
            }
        }
        long textable = java.util.Arrays.stream(NoticeKind.values()).filter(NoticeKind::textable).count();
        assertThat(checked).hasSize((int) (NoticeKind.values().length * 2 * 3 + textable * 2));
    }

    @Test
    void anUnknownVariableIsNamedWithItsLine() {
        String html = "<p>\n  <span th:text=\"${letter.title}\">x</span>\n  <span th:text=\"|Số: ${letter.titel}|\">y</span>\n</p>";

        List<TemplateProblem> problems = TemplateVariables.unknown(html, TemplatePart.HTML, LETTER);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("template-unknown-variable");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("letter.titel");
        });
    }

    @Test
    void aModelTheKindDoesNotCarryIsUnknownButNamesTheTemplateDeclaresAreNot() {
        String text = "[(${notice.campaignTitle})]\n[# th:each=\"item : ${notice.unitName}\"][(${item.whatever})][/]\n"
                + "[# th:with=\"days=${notice.daysLeft}\"][(${days})][/]\n[(${letter.title})] [(${#strings.toUpperCase(notice.unitName)})]";

        List<TemplateProblem> problems = TemplateVariables.unknown(text, TemplatePart.TEXT, REMINDER);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).startsWith("biến letter ");
        });
    }

    @Test
    void nestedRecordsAreCheckedToo() {
        assertThat(TemplateVariables.unknown("[(${letter.parentPlanRef.number})]", TemplatePart.TEXT, LETTER)).isEmpty();
        assertThat(TemplateVariables.unknown("[(${letter.parentPlanRef.numero})]", TemplatePart.TEXT, LETTER))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("letter.parentPlanRef.numero"));
    }

    @Test
    void unbalancedTextBlocksAndExpressionsAreFoundOnTheirLine() {
        assertThat(TemplateSyntax.check("a\n[# th:if=\"${notice.finalReport}\"]tổng kết\nb", TemplatePart.TEXT))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("[/]");
                });
        assertThat(TemplateSyntax.check("a\nb [/]", TemplatePart.TEXT)).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(TemplateSyntax.check("Hạn: [(${notice.dueDate}\n", TemplatePart.TEXT)).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(1));
        assertThat(TemplateSyntax.check("x\ny [(${notice.dueDate})", TemplatePart.TEXT)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(")]"));
        assertThat(TemplateSyntax.check("[# th:if=\"${a}\"/]ok [# th:if=\"${b}\"]x[/]", TemplatePart.TEXT)).isEmpty();
    }

    @Test
    void anUnclosedOrMismatchedHtmlElementIsFoundOnItsLine() {
        assertThat(TemplateSyntax.check("<div>\n<p>một\n</div>", TemplatePart.HTML)).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("</div>").contains("<p>").contains("dòng 2");
                });
        assertThat(TemplateSyntax.check("<p>\n<strong>a</strong>", TemplatePart.HTML)).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(1));
        assertThat(TemplateSyntax.check("<p>a<br>b<img src=\"x\"/></p><!-- <div> -->", TemplatePart.HTML)).isEmpty();
    }
}
