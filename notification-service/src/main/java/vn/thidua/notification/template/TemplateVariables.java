package vn.thidua.notification.template;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variables a template uses that its notice does not have: {@code ${letter.titel}} for
 * {@code letter.title}, or a model the kind does not carry. Checked against the record components of
 * the model (and nested records); names the template declares itself ({@code th:each="c : …"},
 * {@code th:with="x=…"}) are its own. A typo would otherwise render as an empty string in every mail.
 */
final class TemplateVariables {

    private static final Pattern EXPRESSION = Pattern.compile("[$*]\\{([^}]*)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.#@$])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)*)");
    private static final Pattern DECLARED = Pattern.compile(
            "th:each=\"\\s*([A-Za-z_]\\w*)\\s*(?:,\\s*([A-Za-z_]\\w*)\\s*)?:|th:with=\"([^\"]*)\"");
    private static final Pattern WITH_NAME = Pattern.compile("(?:^|,)\\s*([A-Za-z_]\\w*)\\s*=");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "neq", "lt", "gt", "le", "ge",
            "true", "false", "null", "T", "new", "instanceof", "matches", "div", "mod");

    private TemplateVariables() {
    }

    /**
     * @param roots the variables the notice carries, by name, each with the record type it is
     */
    static List<TemplateProblem> unknown(String source, TemplatePart part, Map<String, Class<?>> roots) {
        Set<String> declared = declared(source);
        List<TemplateProblem> problems = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(source);
        while (expression.find()) {
            String inner = QUOTED.matcher(expression.group(1)).replaceAll("''");
            Matcher reference = REFERENCE.matcher(inner);
            while (reference.find()) {
                String root = reference.group(1);
                if (KEYWORDS.contains(root) || declared.contains(root) || followedByCall(inner, reference.end(1))
                        && reference.group(2).isEmpty()) {
                    continue;
                }
                String path = root + reference.group(2);
                String problem = roots.containsKey(root) ? unknownProperty(roots.get(root), reference.group(2), root)
                        : root;
                if (problem != null) {
                    problems.add(new TemplateProblem("template-unknown-variable", part,
                            TemplateSyntax.lineOf(source, expression.start()),
                            "biến " + problem + " không có trong thông báo loại này (trong " + path + "); biến dùng được: "
                                    + String.join(", ", roots.keySet())));
                }
            }
        }
        return problems;
    }

    /** The first property along the path that the record does not have, as root.path; null when all exist. */
    private static String unknownProperty(Class<?> type, String path, String root) {
        Class<?> current = type;
        StringBuilder walked = new StringBuilder(root);
        for (String property : path.isEmpty() ? new String[0] : path.substring(1).split("\\.")) {
            if (current == null || !current.isRecord()) {
                return null;
            }
            walked.append('.').append(property);
            RecordComponent found = null;
            for (RecordComponent component : current.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    found = component;
                }
            }
            if (found == null) {
                return walked.toString();
            }
            current = found.getType();
        }
        return null;
    }

    private static boolean followedByCall(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    private static Set<String> declared(String source) {
        Set<String> names = new HashSet<>();
        Matcher declaration = DECLARED.matcher(source);
        while (declaration.find()) {
            if (declaration.group(1) != null) {
                names.add(declaration.group(1));
                names.add(declaration.group(1) + "Stat");
                if (declaration.group(2) != null) {
                    names.add(declaration.group(2));
                }
            } else {
                Matcher with = WITH_NAME.matcher(declaration.group(3));
                while (with.find()) {
                    names.add(with.group(1));
                }
            }
        }
        return names;
    }
}
