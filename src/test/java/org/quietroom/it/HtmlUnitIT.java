package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietroom.build.SiteServer;

/**
 * HtmlUnit has no WebAssembly: with JavaScript on it must run the JavaScript build; with JavaScript off the
 * page must still be complete.
 */
class HtmlUnitIT {
    private static SiteServer server;

    @BeforeAll
    static void start() {
        server = TestSite.production();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient client(boolean javaScript) {
        WebClient client = new WebClient(BrowserVersion.FIREFOX_ESR);
        client.getOptions().setJavaScriptEnabled(javaScript);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.getOptions().setCssEnabled(false);
        return client;
    }

    @Test
    void whenJavaScriptIsOffThePageIsStillComplete() throws IOException {
        try (WebClient client = client(false)) {
            HtmlPage page = client.getPage(server.origin() + "/");
            assertEquals("none", page.getDocumentElement().getAttribute("data-tier"));
            HtmlAnchor exit = (HtmlAnchor) page.getElementById("exit");
            assertTrue(exit.getHrefAttribute().startsWith("https://"));
            assertTrue(exit.getRelAttribute().contains("noreferrer"));
            assertTrue(page.asNormalizedText().contains(page.getElementById("checklist").asNormalizedText()));
            assertTrue(page.getElementById("checklist").getElementsByTagName("li").size() >= 5);
            assertTrue(page.getElementById("results").hasAttribute("hidden"), "no findings without scripts");
        }
    }

    @Test
    void whenJavaScriptIsOnTheJavaScriptBuildRendersTheFindings() throws IOException {
        try (WebClient client = client(true)) {
            HtmlPage page = client.getPage(server.origin() + "/");
            client.waitForBackgroundJavaScript(10_000);
            DomElement root = page.getDocumentElement();
            for (int i = 0; i < 100 && "loading".equals(root.getAttribute("data-state")); i++) {
                client.waitForBackgroundJavaScript(100);
            }
            assertEquals("js", root.getAttribute("data-tier"));
            assertEquals("ready", root.getAttribute("data-state"));
            assertEquals(ChromiumFoundationIT.REGISTRY_ORDER.size(),
                    page.querySelectorAll("#findings > li[data-check]").size());
            assertEquals("ok", page.querySelector("li[data-check=framing]").getAttributes()
                    .getNamedItem("data-outcome").getNodeValue());
            assertTrue(page.getElementById("summary").getTextContent().length() > 20);
        }
    }
}
