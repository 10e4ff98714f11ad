package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quietroom.core.Words;
import org.quietroom.core.i18n.Pages;

class SwitcherViewTest {
    private static Words catalog(Map<String, String> entries) {
        return key -> entries.getOrDefault(key, key);
    }

    private static final Map<String, Words> CATALOGS = Map.of(
            "en", catalog(Map.of("page.lang-name", "English", "page.dir", "ltr")),
            "es", catalog(Map.of("page.lang-name", "Espa\u00f1ol", "page.dir", "ltr")),
            "xx", catalog(Map.of()));

    @Test
    void theCurrentLanguageIsTextAndTheOthersAreLinksToTheirPages() {
        List<Node> items = SwitcherView.items(Pages.switcher("index", List.of("en", "es", "xx"), "es"),
                CATALOGS::get);
        assertEquals(3, items.size());
        Node en = items.get(0).children().get(0);
        assertEquals("a", en.tag());
        assertEquals("index.html", en.attribute("href"));
        assertEquals("en", en.attribute("hreflang"));
        assertEquals("en", en.attribute("data-lang"));
        assertEquals("ltr", en.attribute("dir"));
        assertEquals("English", en.allText());
        Node es = items.get(1).children().get(0);
        assertEquals("span", es.tag());
        assertEquals("page", es.attribute("aria-current"));
        assertEquals(SwitcherView.CURRENT_ID, es.attribute("id"));
        assertEquals("-1", es.attribute("tabindex"));
        assertNull(es.attribute("data-lang"));
        assertEquals("Espa\u00f1ol", es.allText());
    }

    @Test
    void aCatalogWithoutItsNameOrDirectionIsNamedByItsCode() {
        Node xx = SwitcherView.items(Pages.switcher("apps", List.of("en", "xx"), "en"), CATALOGS::get).get(1)
                .children().get(0);
        assertEquals("xx", xx.allText());
        assertNull(xx.attribute("dir"));
        assertEquals(Pages.file("apps", "xx"), xx.attribute("href"));
    }
}
