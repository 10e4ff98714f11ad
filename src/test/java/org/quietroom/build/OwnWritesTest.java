package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quietroom.core.OwnWrites;

/**
 * The page's own writes are declared once ({@link OwnWrites}); the watch in boot.js reads that declaration (the
 * site builder writes it in), and this test holds the page's code to it, both ways: every tag the code creates and
 * every attribute it sets or removes, as a literal, is declared, every call that names them otherwise is one of a
 * known few whose names are checked where they come from, and everything declared is written somewhere. A new
 * element or attribute in a renderer that the declaration misses would make the page report its own work as
 * something added by someone else; this test fails instead.
 */
class OwnWritesTest {
    private static final Path BROWSER = Path.of("src/main/java/org/quietroom/browser");
    /** Core's views: the markup the page draws (browser/Dom.draw) is built there. Node itself is the builder. */
    private static final Path VIEWS = Path.of("src/main/java/org/quietroom/core/view");
    /** The link-making page's classes: that page shows no findings, so its writes are not the person's page's. */
    private static final Set<String> BUILDER_PAGE = Set.of("BuildMain.java", "BuilderPage.java", "QrSvg.java",
            "QrRuns.java");

    private static final Pattern SET_OR_REMOVE = Pattern.compile("(?:set|remove)Attribute\\(\\s*(\"([^\"]*)\")?");
    private static final Pattern CREATE = Pattern.compile("createElement\\(\\s*(\"([^\"]*)\")?");
    /** A view's elements and attributes: Node.el(tag, class), node.sub(tag, class, text), node.attr(name, value). */
    private static final Pattern VIEW_TAG = Pattern.compile("(?:\\bNode\\.el|\\.sub)\\(\\s*(\"([^\"]*)\")?");
    private static final Pattern VIEW_ATTRIBUTE = Pattern.compile("\\.attr\\(\\s*(\"([^\"]*)\")?");
    /** PlanView.list(..., attribute, words): the argument before the words names the attribute each item gets. */
    private static final Pattern PLAN_LIST = Pattern.compile("\\blist\\(\"[^\"]*\"[^;]*?,\\s*\"([a-z-]+)\",\\s*words\\)");
    private static final Pattern JS_SET = Pattern.compile("(?:set|remove)Attribute\\('([^']*)'");
    private static final Pattern JS_CREATE = Pattern.compile("createElement\\('([^']*)'\\)");

    /**
     * The calls that name a tag or attribute by a variable, each with the place its names are checked: Dom's drawing
     * of core's views (the views' literals, by VIEW_TAG and VIEW_ATTRIBUTE), PlanView's list (by PLAN_LIST),
     * LanguageSwitch's catalog attributes (read from data-ma by core's Pages.markedAttributes; the data-ma names of
     * the built pages are checked below).
     */
    private static final List<String> NAMED_BY_VARIABLE = List.of(
            "Dom.java setAttribute(view.attributeName(i)", "Dom.java createElement(view.tag())",
            "LanguageSwitch.java setAttribute(m.attribute()", "PlanView.java attr(attribute");

    record Writes(Set<String> tags, Set<String> attributes, List<String> byVariable) {
    }

    static Writes javaWrites() throws IOException {
        Set<String> tags = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        List<String> byVariable = new ArrayList<>();
        try (Stream<Path> files = Files.list(BROWSER)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (BUILDER_PAGE.contains(name)) {
                    continue;
                }
                String source = Files.readString(file);
                Matcher m = SET_OR_REMOVE.matcher(source);
                while (m.find()) {
                    if (m.group(1) != null) {
                        attributes.add(m.group(2));
                    } else {
                        byVariable.add(name + " " + source.substring(m.start(), source.indexOf(',', m.start())));
                    }
                }
                m = CREATE.matcher(source);
                while (m.find()) {
                    if (m.group(1) != null) {
                        tags.add(m.group(2));
                    } else {
                        byVariable.add(name + " " + source.substring(m.start(), source.indexOf(';', m.start())));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(VIEWS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("Node.java")) {
                    // The builder: el() gives "class", filled() a <bdi>; both are looked for in the views below.
                    continue;
                }
                String source = Files.readString(file);
                collect(VIEW_TAG.matcher(source), name, source, tags, byVariable);
                collect(VIEW_ATTRIBUTE.matcher(source), name, source, attributes, byVariable);
                Matcher m = PLAN_LIST.matcher(source);
                while (m.find()) {
                    attributes.add(m.group(1));
                }
                if (source.contains("Node.el(")) {
                    attributes.add("class");
                }
                if (source.contains(".filled(")) {
                    tags.add("bdi");
                }
            }
        }
        return new Writes(tags, attributes, byVariable);
    }

    private static void collect(Matcher m, String file, String source, Set<String> names, List<String> byVariable) {
        while (m.find()) {
            if (m.group(1) != null) {
                names.add(m.group(2));
            } else {
                byVariable.add(file + " " + source.substring(m.start() + 1, source.indexOf(',', m.start())));
            }
        }
    }

    /**
     * exit.js's writes on the person's page, but for those of its hide(), the exit's first step, which hides the
     * whole page and adds an overlay to {@code <body>} as the page leaves: what the watch says then is never shown.
     */
    static Writes exitScriptWrites() throws IOException {
        String whole = Files.readString(Path.of("web/exit.js"));
        int hide = whole.indexOf("  function hide() {");
        int end = whole.indexOf("\n  }\n", hide);
        assertTrue(hide > 0 && end > hide, "exit.js's hide()");
        String source = whole.substring(0, hide) + whole.substring(end);
        Set<String> tags = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        Matcher m = JS_SET.matcher(source);
        while (m.find()) {
            attributes.add(m.group(1));
        }
        m = JS_CREATE.matcher(source);
        while (m.find()) {
            tags.add(m.group(1));
        }
        if (source.contains(".className = ")) {
            attributes.add("class");
        }
        return new Writes(tags, attributes, List.of());
    }

    /** The classes exit.js adds to or removes from {@code <html>}, hide() included. */
    static Set<String> exitScriptRootClasses() throws IOException {
        Matcher m = Pattern.compile("(?:add|remove)Class\\(root, '([^']*)'\\)")
                .matcher(Files.readString(Path.of("web/exit.js")));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theClassesOnTheRootAreDeclared() throws IOException {
        assertEquals(new TreeSet<>(OwnWrites.ROOT_CLASSES), exitScriptRootClasses(),
                "the classes exit.js puts on <html> are OwnWrites.ROOT_CLASSES, no more and no fewer");
    }

    @Test
    void everyTagTheCodeCreatesIsDeclared() throws IOException {
        for (String tag : javaWrites().tags()) {
            assertTrue(OwnWrites.FILL_TAGS.contains(tag), "<" + tag + "> is created by the page's code but not "
                    + "declared in OwnWrites.FILL_TAGS: the watch would report it as added by something else");
        }
    }

    @Test
    void everyAttributeTheCodeWritesIsDeclared() throws IOException {
        Set<String> all = new TreeSet<>(javaWrites().attributes());
        all.addAll(exitScriptWrites().attributes());
        for (String name : all) {
            assertTrue(OwnWrites.isFillAttribute(name) || OwnWrites.ROOT_ATTRIBUTES.contains(name),
                    name + " is written by the page's code but not declared in OwnWrites");
        }
    }

    @Test
    void namesFromVariablesAreOnlyTheKnownFew() throws IOException {
        assertEquals(NAMED_BY_VARIABLE, javaWrites().byVariable(),
                "a tag or attribute named by a variable: check its names where they come from, and list it here");
    }

    @Test
    void theCatalogAttributesALanguageChangeRewritesAreDeclared() throws IOException {
        Pattern marked = Pattern.compile("data-ma=\"([^\"]*)\"");
        int seen = 0;
        for (String page : List.of("index.html", "index.es.html")) {
            Matcher m = marked.matcher(BuiltSite.read(page));
            while (m.find()) {
                for (String pair : m.group(1).split(";")) {
                    String name = pair.substring(0, pair.indexOf('='));
                    assertTrue(OwnWrites.isFillAttribute(name), page + ": data-ma names " + name);
                    seen++;
                }
            }
        }
        assertTrue(seen > 0, "the built pages mark catalog attributes (data-ma)");
    }

    @Test
    void nothingIsDeclaredThatTheCodeDoesNotWrite() throws IOException {
        Writes java = javaWrites();
        Writes exit = exitScriptWrites();
        Set<String> tags = new TreeSet<>(java.tags());
        tags.addAll(exit.tags());
        for (String tag : OwnWrites.FILL_TAGS) {
            assertTrue(java.tags().contains(tag), "<" + tag + "> is declared but no code creates it");
        }
        Set<String> written = new TreeSet<>(java.attributes());
        written.addAll(exit.attributes());
        String boot = Files.readString(Path.of("web/boot.js"));
        for (String name : OwnWrites.ROOT_ATTRIBUTES) {
            assertTrue(written.contains(name) || boot.contains("root.setAttribute('" + name + "'"),
                    name + " is declared on <html> but no code sets it");
        }
        for (String name : OwnWrites.FILL_ATTRIBUTES) {
            assertTrue(written.contains(name), name + " is declared but no code writes it");
        }
    }

    @Test
    void theBuiltWatchReadsTheDeclaration() throws IOException {
        // Minified: the helper's name is shortened, the lists' quoted strings are kept as written.
        String built = BuiltSite.read("boot.js");
        assertTrue(built.contains("('" + OwnWrites.spaced(OwnWrites.FILL_TAGS) + "')"), "FILL_TAGS");
        assertTrue(built.contains("('" + OwnWrites.spaced(OwnWrites.FILL_ATTRIBUTES) + "')"), "FILL_ATTRIBUTES");
        assertTrue(built.contains("('" + OwnWrites.spaced(OwnWrites.ROOT_ATTRIBUTES) + "')"), "ROOT_ATTRIBUTES");
        assertTrue(built.contains("('" + OwnWrites.spaced(OwnWrites.ROOT_CLASSES) + "')"), "ROOT_CLASSES");
        assertFalse(built.contains("{{"), "no placeholder left");
    }

    @Test
    void aBootScriptWithoutTheDeclarationsPlaceIsRefused() {
        assertThrows(IllegalStateException.class, () -> SiteBuilder.bootScript("var FILL_TAGS = set('li');"));
        assertThrows(IllegalStateException.class, () -> SiteBuilder.bootScript(
                "{{own:root-attributes}} {{own:fill-tags}} {{own:fill-attributes}} {{own:root-classes}} {{own:x}}"));
        assertEquals(OwnWrites.spaced(OwnWrites.ROOT_ATTRIBUTES) + "|" + OwnWrites.spaced(OwnWrites.FILL_TAGS) + "|"
                + OwnWrites.spaced(OwnWrites.FILL_ATTRIBUTES) + "|" + OwnWrites.spaced(OwnWrites.ROOT_CLASSES),
                SiteBuilder.bootScript("{{own:root-attributes}}|{{own:fill-tags}}|{{own:fill-attributes}}|"
                        + "{{own:root-classes}}"));
    }
}
