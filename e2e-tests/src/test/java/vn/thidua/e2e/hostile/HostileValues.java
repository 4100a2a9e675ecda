package vn.thidua.e2e.hostile;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The hostile values every field, parameter and header is tried with: operator and script injection as MongoDB
 * would read it, CR/LF header injection, path traversal, very long strings, and the Unicode edge cases Vietnamese
 * text meets (NFD combining marks next to precomposed letters, zero-width joiners, RTL override, NUL, emoji and other
 * 4-byte characters, and lone surrogates, which only JSON escapes can carry: see {@link #LONE_HIGH_SURROGATE}).
 */
public final class HostileValues {

    /** Stands for a JSON {@code \ud800} escape, which a Java string cannot hold alone; replaced in the JSON text. */
    public static final String LONE_HIGH_SURROGATE = "\u2063LONE-HIGH\u2063";
    /** Stands for a JSON {@code \udc00} escape. */
    public static final String LONE_LOW_SURROGATE = "\u2063LONE-LOW\u2063";
    /** A response header whose presence proves a CR/LF injection reached the response. */
    public static final String INJECTED_HEADER = "X-Thidua-Injected";

    /** Strings an injection or a parser might trip on. */
    static final List<String> INJECTIONS = List.of(
            "{\"$gt\": \"\"}",
            "{\"$ne\": null}",
            "'; return true; var x='",
            "this.password != ''",
            "function() { sleep(5000); return true; }",
            "$where",
            "$gt",
            "$regex",
            ".*",
            "^(a+)+$",
            "a.b.c",
            "$$ROOT",
            "{\"$where\": \"sleep(100)\"}",
            "\"; db.dropDatabase(); \"",
            "' OR '1'='1",
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}",
            "#{7*7}",
            "{{7*7}}",
            "%00",
            "%0d%0a" + INJECTED_HEADER + ":%201",
            "a\r\n" + INJECTED_HEADER + ": 1",
            "a\n\n<html>",
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "....//....//etc/passwd",
            "/api/admin/outbox",
            "file:///etc/passwd",
            "http://169.254.169.254/latest/meta-data/",
            "null",
            "undefined",
            "NaN",
            "-1",
            "9223372036854775808",
            "1e309",
            "0x7fffffff",
            "true",
            "[]",
            "{}",
            "",
            " ",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0");

    /** Unicode a Vietnamese service must store, compare and render without breaking. */
    static final List<String> UNICODE = List.of(
            "Việt Nam",
            "Vie\u0323\u0302t Nam",
            "Thi \u0111ua \u2013 khen th\u01b0\u1edfng",
            "Thi \u0111ua \u2013 khen thu\u031b\u0309o\u031bng",
            "TH\u1eca \u0110UA",
            "thi\u200bdua",
            "\u200d\u200c\u2060\ufeff",
            "\u202eauqd iht\u202c",
            "\u2066\u2067\u2068\u2069",
            "a\u0000b",
            "\u0000",
            "\u0007\u001b[31m",
            "\ud83c\uddfb\ud83c\uddf3 \ud83c\udfc6 \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "\ud840\udc0b\ud87e\udc00 \ud835\udd4b\ud835\udd59\ud835\udd5a",
            "\ufffd\ufffe\uffff",
            LONE_HIGH_SURROGATE,
            "x" + LONE_LOW_SURROGATE + "y",
            "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a\u035b\u035c\u035d\u035e\u035f\u0360",
            "\u0130\u0131\u00df\ufb03",
            "\u3000\u00a0\u2028\u2029");

    private HostileValues() {
    }

    /** Any hostile string: injections, Unicode edge cases, long runs, and mixes of them. */
    public static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(INJECTIONS)),
                Tuple.of(4, Arbitraries.of(UNICODE)),
                Tuple.of(1, longStrings()),
                Tuple.of(2, mixed()),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)));
    }

    /** Very long strings: a long Vietnamese text, a long run of combining marks, a long id-like token. */
    static Arbitrary<String> longStrings() {
        Arbitrary<Integer> lengths = Arbitraries.of(5_000, 70_000);
        return Combinators.combine(Arbitraries.of("Việt ", "\u0301", "A", "\ud83c\udfc6", "$ne"), lengths)
                .as((unit, length) -> unit.repeat(Math.max(1, length / unit.length())));
    }

    /** An injection wrapped in ordinary Vietnamese, the way it would hide in a real field. */
    static Arbitrary<String> mixed() {
        return Combinators.combine(Arbitraries.of(UNICODE), Arbitraries.of(INJECTIONS))
                .as((text, injection) -> text + " " + injection);
    }

    /** JSON values of the wrong shape for any field: operator objects, arrays, numbers, deep nesting, null. */
    public static Arbitrary<Object> wrongJson() {
        return Arbitraries.of(
                java.util.Map.of("$gt", ""),
                java.util.Map.of("$ne", 1),
                java.util.Map.of("$where", "sleep(1000) || true"),
                java.util.Map.of("$regex", ".*", "$options", "si"),
                java.util.Map.of("$expr", java.util.Map.of("$eq", List.of(1, 1))),
                List.of(java.util.Map.of("$gt", "")),
                List.of(),
                -1,
                Long.MAX_VALUE,
                1.0e308,
                true,
                "",
                JsonText.NULL,
                JsonText.deepArray(3_000),
                JsonText.deepObject(600));
    }
}
