package vn.thidua.notification.template;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.templatemode.TemplateMode;

/**
 * Finds the unbalanced syntax Thymeleaf would either refuse or, worse, silently accept and render
 * wrong: an expression never closed, a text block {@code [# …]} without its {@code [/]}, an inlined
 * {@code [( … )]} never closed, an HTML element opened and not closed. The first problem only: the
 * rest of the template usually follows from it.
 */
final class TemplateSyntax {

    private static final Pattern HTML_TAG = Pattern.compile("<(/?)([A-Za-z][\\w:-]*)([^<>]*?)(/?)>");
    /** Elements that hold content and must be closed; void elements and optional closings are not checked. */
    private static final Set<String> CONTAINERS = Set.of("html", "head", "body", "title", "div", "p", "span",
            "strong", "em", "b", "i", "a", "table", "thead", "tbody", "tr", "td", "th", "ul", "ol", "li", "h1", "h2",
            "h3", "th:block");

    private TemplateSyntax() {
    }

    static List<TemplateProblem> check(String source, TemplatePart part) {
        TemplateProblem problem = unclosed(source, part, "${", "}", "biểu thức ${ chưa được đóng bằng }");
        if (problem == null) {
            problem = unclosed(source, part, "*{", "}", "biểu thức *{ chưa được đóng bằng }");
        }
        if (problem == null && part.mode() == TemplateMode.TEXT) {
            problem = textBlocks(source, part);
        }
        if (problem == null && part.mode() == TemplateMode.HTML) {
            problem = htmlElements(source, part);
        }
        return problem == null ? List.of() : List.of(problem);
    }

    private static TemplateProblem unclosed(String source, TemplatePart part, String open, String close,
            String message) {
        int at = source.indexOf(open);
        while (at >= 0) {
            int end = source.indexOf(close, at + open.length());
            int lineEnd = source.indexOf('\n', at);
            if (end < 0 || lineEnd >= 0 && end > lineEnd) {
                return new TemplateProblem("template-syntax", part, lineOf(source, at), message);
            }
            at = source.indexOf(open, end);
        }
        return null;
    }

    /** {@code [# …]} … {@code [/]} nesting, and inlined {@code [( … )]} / {@code [[ … ]]} on one line. */
    private static TemplateProblem textBlocks(String source, TemplatePart part) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < source.length(); i++) {
            if (source.startsWith("[/]", i)) {
                if (open.isEmpty()) {
                    return new TemplateProblem("template-syntax", part, lineOf(source, i),
                            "[/] đóng một khối chưa được mở bằng [# …]");
                }
                open.pop();
                i += 2;
            } else if (source.startsWith("[#", i)) {
                int end = source.indexOf(']', i);
                if (end < 0) {
                    return new TemplateProblem("template-syntax", part, lineOf(source, i), "khối [# chưa được đóng bằng ]");
                }
                if (source.charAt(end - 1) != '/') {
                    open.push(i);
                }
                i = end;
            } else if (source.startsWith("[(", i) || source.startsWith("[[", i)) {
                String close = source.startsWith("[(", i) ? ")]" : "]]";
                int end = source.indexOf(close, i + 2);
                int lineEnd = source.indexOf('\n', i);
                if (end < 0 || lineEnd >= 0 && end > lineEnd) {
                    return new TemplateProblem("template-syntax", part, lineOf(source, i),
                            source.substring(i, i + 2) + " chưa được đóng bằng " + close);
                }
                i = end + 1;
            }
        }
        if (!open.isEmpty()) {
            return new TemplateProblem("template-syntax", part, lineOf(source, open.peek()),
                    "khối [# …] mở ở dòng này chưa được đóng bằng [/]");
        }
        return null;
    }

    private static TemplateProblem htmlElements(String source, TemplatePart part) {
        String withoutComments = blankComments(source);
        Deque<Tag> open = new ArrayDeque<>();
        Matcher tag = HTML_TAG.matcher(withoutComments);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!CONTAINERS.contains(name) || !tag.group(4).isEmpty()) {
                continue;
            }
            int line = lineOf(withoutComments, tag.start());
            if (tag.group(1).isEmpty()) {
                open.push(new Tag(name, line));
            } else if (open.isEmpty() || !open.peek().name().equals(name)) {
                String expected = open.isEmpty() ? "không có thẻ nào đang mở" : "thẻ đang mở là <" + open.peek().name()
                        + "> từ dòng " + open.peek().line();
                return new TemplateProblem("template-syntax", part, line, "</" + name + "> không khớp: " + expected);
            } else {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            Tag unclosed = open.peek();
            return new TemplateProblem("template-syntax", part, unclosed.line(),
                    "thẻ <" + unclosed.name() + "> chưa được đóng");
        }
        return null;
    }

    /** Comments replaced by spaces (line breaks kept), so tags inside them are not counted. */
    private static String blankComments(String source) {
        StringBuilder out = new StringBuilder(source);
        int start = out.indexOf("<!--");
        while (start >= 0) {
            int end = out.indexOf("-->", start);
            end = end < 0 ? out.length() : end + 3;
            for (int i = start; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            start = out.indexOf("<!--", end);
        }
        return out.toString();
    }

    static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private record Tag(String name, int line) {
    }
}
