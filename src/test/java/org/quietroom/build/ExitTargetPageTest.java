package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.preset.ExitSite;
import org.quietroom.core.preset.ExitSites;

/**
 * Every built page says where its quick exit goes, with no script: each language's page carries its language's
 * default from the built-in list ({@link ExitSites#defaultFor}), and the link-making page offers the whole list.
 */
class ExitTargetPageTest {

    private static HtmlPage parse(String file) throws IOException {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            return client.getPage(BuiltSite.DIR.resolve(file).toAbsolutePath().toUri().toURL());
        }
    }

    @ParameterizedTest
    @CsvSource({"index.html,en", "index.es.html,es"})
    void theExitGuidanceNamesThePageLanguagesDefault(String file, String lang) throws IOException {
        HtmlPage page = parse(file);
        ExitSite expected = ExitSites.defaultFor(lang);
        assertEquals(expected.url(), page.getElementById("exit").getAttribute("href"), file);
        assertEquals(expected.url(), page.getElementById("exit-skip").getAttribute("href"), file);
        assertEquals(expected.url(), page.querySelector("meta[name=quietroom-exit]").getAttributes()
                .getNamedItem("content").getNodeValue(), file);
        assertEquals(expected.name(), page.getElementById("exit-goes-site").getTextContent(), file);
        assertTrue(page.getElementById("exit-intro").getTextContent().contains(expected.name()), file);
    }

    @Test
    void theBuilderOffersEveryBuiltInTarget() throws IOException {
        HtmlPage page = parse("build.html");
        List<String> values = new ArrayList<>();
        for (DomElement option : page.getElementById("f-exit-choice").getElementsByTagName("option")) {
            values.add(option.getAttribute("value"));
        }
        List<String> expected = new ArrayList<>();
        expected.add("");
        for (ExitSite s : ExitSites.ALL) {
            expected.add(s.id());
        }
        assertEquals(expected, values);
        assertEquals(ExitSites.BBC_WEATHER.name(), page.getElementById("builder-exit-goes-site").getTextContent());
    }
}
