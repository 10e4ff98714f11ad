package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.questions.Question;
import org.quietroom.core.questions.Questionnaire;

/** Without JavaScript the page still lists every question and option, to ask oneself. */
class QuestionListTest {
    private static final Map<String, String> EN = EnglishCatalog.messages();

    private static HtmlPage page() throws IOException {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            return client.getPage(BuiltSite.DIR.resolve("index.html").toAbsolutePath().toUri().toURL());
        }
    }

    @Test
    void listsEveryQuestionWithItsWhyAndEveryOptionInOrder() throws IOException {
        HtmlPage page = page();
        DomElement list = page.getElementById("question-list");
        assertNotNull(list);
        assertFalse(list.hasAttribute("hidden"), "visible without JavaScript");
        List<DomElement> items = new ArrayList<>();
        for (DomElement li : list.getElementsByTagName("li")) {
            if (li.hasAttribute("data-ask")) {
                items.add(li);
            }
        }
        // The first screen's question is asked above (#now), not in the list.
        List<Question> listed = new java.util.ArrayList<>(Questionnaire.all());
        listed.remove(Questionnaire.FIRST_SCREEN);
        assertEquals(listed.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Question q = listed.get(i);
            DomElement item = items.get(i);
            assertEquals(q.id(), item.getAttribute("data-ask"));
            List<DomElement> parts = new ArrayList<>();
            item.getChildElements().forEach(parts::add);
            assertEquals(3, parts.size(), q.id() + ": question, why, options");
            assertEquals("question-list__text", parts.get(0).getAttribute("class"));
            assertEquals(EN.get(q.textKey()), parts.get(0).getTextContent());
            String why = parts.get(1).getTextContent();
            assertTrue(why.startsWith(EN.get(q.whyKey())), why);
            assertEquals(q.kind() == Question.Kind.MULTI, why.endsWith(EN.get("questions.multi-hint")), q.id());
            List<DomElement> options = new ArrayList<>();
            parts.get(2).getChildElements().forEach(options::add);
            assertEquals(q.options().size(), options.size(), q.id());
            for (int o = 0; o < options.size(); o++) {
                assertEquals(EN.get(q.optionKey(q.options().get(o))), options.get(o).getTextContent());
            }
        }
    }

    @Test
    void thePartsOnlyCodeCanFillStartHiddenOrEmpty() throws IOException {
        HtmlPage page = page();
        assertTrue(page.getElementById("plan").hasAttribute("hidden"));
        assertTrue(page.getElementById("keep").hasAttribute("hidden"));
        assertEquals(0, page.getElementById("question-area").getChildElementCount());
        assertEquals(0, page.getElementById("plan-body").getChildElementCount());
    }

    @Test
    void escapesCatalogText() {
        String html = QuestionList.html(fake());
        assertTrue(html.contains("&lt;b&gt; &amp; &quot;"), html.substring(0, 200));
        assertFalse(html.contains("<b>"));
    }

    private static Catalog fake() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("quietroom-catalog-");
            StringBuilder sb = new StringBuilder();
            for (String key : Questionnaire.possibleKeys()) {
                sb.append(key).append("=<b> & \"").append('\n');
            }
            sb.append("ask.static-intro=<b> & \"\n");
            java.nio.file.Files.writeString(dir.resolve("en.properties"), sb.toString());
            java.nio.file.Files.writeString(dir.resolve("languages.txt"), "en\n");
            Catalog catalog = Catalog.loadAll(dir).get(0);
            java.nio.file.Files.delete(dir.resolve("en.properties"));
            java.nio.file.Files.delete(dir.resolve("languages.txt"));
            java.nio.file.Files.delete(dir);
            return catalog;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
