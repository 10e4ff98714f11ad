package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * All wording lives in the catalogs: no hand-written script and no page code (core, browser) puts words of its own
 * on the page, where no translator would ever see them.
 *
 * <p>Two nets, over every string literal a lexer finds (comments do not count):
 * <ol>
 *   <li><b>Text sinks.</b> A literal with a letter in it, given directly to something that shows text:
 *       {@code textContent}, {@code innerText}, {@code title}, {@code placeholder}, {@code alt} or
 *       {@code aria-*} label properties, {@code setAttribute} of a text attribute ({@code aria-label},
 *       {@code title}, {@code alt}, {@code placeholder}, ...), {@code createTextNode}, {@code append} and its
 *       kin, {@code alert}; in Java also {@code setTextContent}, {@code setInnerText}, {@code setTitle},
 *       {@code Dom.setText} and the text argument of {@code dom.add} and {@code dom.text}. What a call inside the
 *       argument returns (a catalog lookup) is not the literal's doing, so nested calls are looked through.</li>
 *   <li><b>Sentences anywhere.</b> A literal with two words of letters separated by a space, unless it is an
 *       exception's or a log's message (never on the page), a selector passed to {@code querySelector} or its kin,
 *       a list of identifiers (class names, ids, attribute names: each has a hyphen or a digit or is the stem of
 *       another, as in {@code "step step--may-alert"}), the {@code 'use strict'} directive, or one of the few
 *       reviewed exceptions below, each with its reason.</li>
 * </ol>
 */
class NoUserFacingLiteralTest {
    /**
     * Reviewed exceptions: "file|literal" (the literal as written, escapes and all), or "file|name(" for every literal
     * inside the arguments of calls to {@code name} in that file → why it is not wording. Kept short; an entry
     * that no longer matches anything fails the test.
     */
    static final Map<String, String> REVIEWED = new LinkedHashMap<>();

    static {
        String proper = "a product's own name, shown as evidence in a finding's {0}; names are not translated";
        REVIEWED.put("src/main/java/org/quietroom/core/check/RewritingServices.java|Microsoft Defender for Cloud Apps",
                proper);
        REVIEWED.put("src/main/java/org/quietroom/core/check/RewritingServices.java|Google Translate", proper);
        REVIEWED.put("src/main/java/org/quietroom/core/check/RewritingServices.java|Internet Archive (Wayback Machine)",
                proper);
        REVIEWED.put("src/main/java/org/quietroom/core/check/RewritingServices.java|Google cache", proper);
        REVIEWED.put("src/main/java/org/quietroom/core/check/KnownHelpers.java|Dark Reader", proper);
        REVIEWED.put("src/main/java/org/quietroom/core/check/KnownHelpers.java|Google Translate", proper);
        REVIEWED.put("src/main/java/org/quietroom/core/check/BrowserOsCheck.java|Samsung Internet", proper);
        REVIEWED.put("src/main/java/org/quietroom/core/platform/Platform.java|Mac OS X",
                "a User-Agent token the parser looks for; never shown");
        REVIEWED.put("src/main/java/org/quietroom/browser/PageProbes.java|[native code]",
                "what Function.prototype.toString gives for a built-in; compared, never shown");
        REVIEWED.put("web/boot.js|set(",
                "every literal inside boot.js's set(...): names of tags, attributes and root records it keeps in a"
                + " lookup table; never shown");
        String countries = "ISO 3166-1 country codes a link's country is checked against; never shown";
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java|AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA", countries);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/CountryCode.java| UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW", countries);
        String site = "a website's own name, shown as \"Exit goes to: ...\"; names are not translated";
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|BBC Weather", site);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|Bureau of Meteorology", site);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|BBC News", site);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|BBC Food", site);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|BBC Mundo", site);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|Servicio Meteorol\\u00f3gico Nacional (Argentina)", site);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/ExitSites.java|Servicio Meteorol\\u00f3gico Nacional (M\\u00e9xico)", site);
        String helpline = "a built-in helpline's name, compared with a link's names as a skeleton; never shown";
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|National Domestic Violence Hotline", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|L\\u00ednea Nacional sobre la Violencia Dom\\u00e9stica", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|National Domestic Abuse Helpline", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|Women's Aid National Freephone Helpline", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|Women's Aid, l\\u00ednea gratuita nacional", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|Male Advice Line", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|Women's Refuge crisis line", helpline);
        REVIEWED.put("src/main/java/org/quietroom/core/preset/HelplineNames.java|Women's Refuge, l\\u00ednea de crisis", helpline);
        String shapes = "a shape of TeaVM's runtime code that wasm-loader.js recognises (see README); never shown";
        REVIEWED.put("web/loader/wasm-loader.js|return function(", shapes);
        REVIEWED.put("web/loader/wasm-loader.js|return fn(this", shapes);
        REVIEWED.put("web/loader/wasm-loader.js|return fn(", shapes);
        REVIEWED.put("web/loader/wasm-loader.js|str\\nreturn str;", shapes);
        REVIEWED.put("web/loader/wasm-loader.js|value\\nreturn value;", shapes);
        REVIEWED.put("web/loader/wasm-loader.js|return function ", shapes);
    }

    private static final Pattern SENTENCE = Pattern.compile("[A-Za-z]{2,}\\s+[A-Za-z]{2,}");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("aria-label", "aria-description", "aria-valuetext",
            "aria-roledescription", "aria-placeholder", "title", "alt", "placeholder", "label", "value", "content",
            "data-overlay", "data-neutral-title");

    /** A sink: a pattern ending in the call's "(" or the assignment's "=", and which argument is text (-1: last). */
    private record Sink(Pattern pattern, int argument, boolean assignment) {
    }

    private static final List<Sink> JS_SINKS = List.of(
            new Sink(Pattern.compile("\\.(textContent|innerText|innerHTML|outerHTML|title|placeholder|alt|label"
                    + "|ariaLabel|ariaDescription|ariaValueText|ariaRoleDescription|ariaPlaceholder|nodeValue|data)"
                    + "\\s*\\+?=(?!=)"), 0, true),
            new Sink(Pattern.compile("\\b(createTextNode|alert|confirm|prompt|write|writeln)\\s*\\("), -1, false),
            new Sink(Pattern.compile("\\.(append|prepend|before|after|replaceWith|replaceChildren|"
                    + "insertAdjacentText)\\s*\\("), -1, false));
    private static final List<Sink> JAVA_SINKS = List.of(
            new Sink(Pattern.compile("\\.(setTextContent|setInnerText|setInnerHTML|setTitle|setPlaceholder|setAlt"
                    + "|setNodeValue|setData|setLabel)\\s*\\("), 0, false),
            new Sink(Pattern.compile("\\b(createTextNode|alert|setText)\\s*\\("), -1, false),
            new Sink(Pattern.compile("(?<![\\w.])dom\\.(add|text)\\s*\\("), -1, false),
            new Sink(Pattern.compile("\\b(appendFilled)\\s*\\("), -1, false),
            new Sink(Pattern.compile("\\.(sub|words|filled)\\s*\\("), -1, false));
    private static final Pattern SET_ATTRIBUTE = Pattern.compile("\\bsetAttribute\\s*\\(");

    static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>(UnusedKeyTest.files(Path.of("web"), ".js"));
        out.addAll(UnusedKeyTest.files(Path.of("src/main/java/org/quietroom/core"), ".java"));
        out.addAll(UnusedKeyTest.files(Path.of("src/main/java/org/quietroom/browser"), ".java"));
        return out;
    }

    /** Every problem in one source: "file:line: why: literal". {@code used} collects the reviewed entries met. */
    static List<String> problems(String file, String source, Set<String> used) {
        boolean js = file.endsWith(".js");
        SourceLiterals lex = js ? SourceLiterals.js(source) : SourceLiterals.java(source);
        String code = lex.masked;
        List<String> out = new ArrayList<>();
        Set<Integer> flagged = new TreeSet<>();
        for (Sink sink : js ? JS_SINKS : JAVA_SINKS) {
            Matcher m = sink.pattern().matcher(code);
            while (m.find()) {
                String text = sink.assignment() ? statementAfter(code, m.end()) : argument(code, m.end(), sink.argument());
                for (int index : SourceLiterals.placeholdersIn(topLevel(text))) {
                    SourceLiterals.Literal l = lex.literals.get(index);
                    if (LETTER.matcher(l.value()).find() && flagged.add(index)) {
                        out.add(file + ":" + l.line() + ": text given to " + m.group().trim() + ": \"" + l.value() + "\"");
                    }
                }
            }
        }
        Matcher m = SET_ATTRIBUTE.matcher(code);
        while (m.find()) {
            List<String> args = arguments(code, m.end());
            if (args.size() == 2) {
                List<Integer> name = SourceLiterals.placeholdersIn(args.get(0).trim());
                if (name.size() == 1 && TEXT_ATTRIBUTES.contains(lex.literals.get(name.get(0)).value())) {
                    for (int index : SourceLiterals.placeholdersIn(topLevel(args.get(1)))) {
                        SourceLiterals.Literal l = lex.literals.get(index);
                        if (LETTER.matcher(l.value()).find() && flagged.add(index)) {
                            out.add(file + ":" + l.line() + ": text given to setAttribute(\""
                                    + lex.literals.get(name.get(0)).value() + "\"): \"" + l.value() + "\"");
                        }
                    }
                }
            }
        }
        for (int index = 0; index < lex.literals.size(); index++) {
            SourceLiterals.Literal l = lex.literals.get(index);
            if (flagged.contains(index) || !SENTENCE.matcher(l.value()).find()) {
                continue;
            }
            String reviewed = file + "|" + l.value();
            if (REVIEWED.containsKey(reviewed)) {
                used.add(reviewed);
                continue;
            }
            String call = enclosingCall(code, l.maskedOffset());
            String byCall = file + "|" + call.replaceAll(".*?([\\w$]+)$", "$1") + "(";
            if (REVIEWED.containsKey(byCall)) {
                used.add(byCall);
                continue;
            }
            if (call.matches(".*\\b(new \\w*(Error|Exception)|console\\.\\w+|System\\.(out|err)\\.\\w+)")) {
                continue; // an exception's or a log's message: never on the page
            }
            if (call.matches(".*\\b(querySelector|querySelectorAll|closest|matches)")) {
                continue; // a selector
            }
            if (js && l.value().equals("use strict")) {
                continue;
            }
            if (identifierList(l.value())) {
                continue;
            }
            out.add(file + ":" + l.line() + ": words in code, not in the catalog: \"" + l.value() + "\"");
        }
        out.sort(java.util.Comparator.comparingInt(NoUserFacingLiteralTest::lineOf));
        return out;
    }

    private static int lineOf(String problem) {
        String[] parts = problem.split(":", 3);
        return Integer.parseInt(parts[1]);
    }

    /** Class names, ids or attribute names: lower-case, each with a hyphen or digit, or the stem of another. */
    static boolean identifierList(String value) {
        String[] tokens = value.trim().split("\\s+");
        for (String t : tokens) {
            if (!t.matches("[a-z][a-z0-9_-]*")) {
                return false;
            }
            boolean stem = false;
            for (String other : tokens) {
                stem |= !other.equals(t) && other.startsWith(t + "-");
            }
            if (!(t.contains("-") || t.matches(".*[0-9].*") || stem)) {
                return false;
            }
        }
        return true;
    }

    /** The name before the innermost unclosed "(" that holds {@code offset}, with what precedes it on its line. */
    static String enclosingCall(String code, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    int start = code.lastIndexOf('\n', i) + 1;
                    return code.substring(start, i).stripTrailing();
                }
                depth--;
            } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
                return "";
            }
        }
        return "";
    }

    /** The right-hand side of an assignment: up to the end of the statement. */
    static String statementAfter(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return code.substring(from, i);
                }
                depth--;
            } else if ((c == ';' || c == ',') && depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    /** The arguments of the call whose "(" ends at {@code from}, split at top-level commas. */
    static List<String> arguments(String code, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (i > start || !args.isEmpty()) {
                        args.add(code.substring(start, i));
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(code.substring(start, i));
                start = i + 1;
            }
        }
        return args;
    }

    private static String argument(String code, int from, int which) {
        List<String> args = arguments(code, from);
        if (args.isEmpty()) {
            return "";
        }
        int i = which < 0 ? args.size() - 1 : which;
        return i < args.size() ? args.get(i) : "";
    }

    /** The text with whatever is inside brackets removed: what nested calls return is not a literal here. */
    static String topLevel(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void noHandWrittenCodePutsWordsOnThePage() throws IOException {
        Set<String> used = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (Path p : sources()) {
            all.addAll(problems(p.toString(), UnusedKeyTest.read(p), used));
        }
        assertEquals(List.of(), all, "wording belongs in src/main/messages (or, if it is not wording, in REVIEWED"
                + " with its reason)");
        List<String> stale = new ArrayList<>(REVIEWED.keySet());
        stale.removeAll(used);
        assertEquals(List.of(), stale, "reviewed exceptions that no longer occur: remove them");
        assertTrue(sources().size() > 40, "the scan reads the sources");
    }

    @Test
    void wouldCatchWordsWrittenStraightIntoThePage() {
        Set<String> used = new TreeSet<>();
        String js = String.join("\n",
                "status.textContent = 'Copied';",
                "el.title = ok ? 'Close' : words('x');",
                "b.setAttribute('aria-label', 'Open the menu');",
                "box.append(document.createTextNode('Done'));",
                "var later = 'Something went wrong, try again';",
                "el.textContent = box.getAttribute('data-' + name) || '';",
                "document.querySelector('#plan [data-step] li');",
                "throw new Error('Quietroom loader: not a global name');",
                "var cls = 'step step--may-alert';");
        assertEquals(List.of(
                "t.js:1: text given to .textContent =: \"Copied\"",
                "t.js:2: text given to .title =: \"Close\"",
                "t.js:3: text given to setAttribute(\"aria-label\"): \"Open the menu\"",
                "t.js:4: text given to createTextNode(: \"Done\"",
                "t.js:5: words in code, not in the catalog: \"Something went wrong, try again\""),
                problems("t.js", js, used));
        String java = String.join("\n",
                "Dom.setText(document, status, \"Copied\");",
                "dom.add(li, \"p\", \"note\", \"Write it down first\");",
                "dom.add(li, \"p\", \"note\", messages.get(\"plan.intro\"));",
                "heading.setTextContent(\"Your plan\");",
                "link.setAttribute(\"title\", \"Leave now\");",
                "link.setAttribute(\"class\", \"exit exit--big\");",
                "String s = \"Your plan is ready\";",
                "throw new IllegalStateException(\"the page has no #plan\");");
        assertEquals(List.of(
                "T.java:1: text given to setText(: \"Copied\"",
                "T.java:2: text given to dom.add(: \"Write it down first\"",
                "T.java:4: text given to .setTextContent(: \"Your plan\"",
                "T.java:5: text given to setAttribute(\"title\"): \"Leave now\"",
                "T.java:7: words in code, not in the catalog: \"Your plan is ready\""),
                problems("T.java", java, used));
    }
}
