package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietroom.build.SiteServer;

/**
 * HtmlUnit has no WebAssembly: with JavaScript on it must run the JavaScript build; with JavaScript off the
 * page must still be complete. The quick exit works either way.
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
                    page.querySelectorAll("#findings li[data-check]").size());
            assertEquals("ok", page.querySelector("li[data-check=framing]").getAttributes()
                    .getNamedItem("data-outcome").getNodeValue());
            assertTrue(page.getElementById("summary").getTextContent().length() > 20);
        }
    }

    @Test
    void whenJavaScriptIsOffTheExitsArePlainLinks() throws IOException {
        try (SiteServer exits = ExitSite.start(ExitSite.builder()); WebClient client = client(false)) {
            for (String id : new String[] {"exit", "exit-skip"}) {
                HtmlPage page = client.getPage(exits.origin() + "/");
                assertTrue(page.getElementById("cover-option").hasAttribute("hidden"), "no cover switch without JS");
                Page next = ((HtmlAnchor) page.getElementById(id)).click();
                assertEquals(ExitSite.NEUTRAL, next.getUrl().getPath(), id);
            }
        }
    }

    /** HtmlUnit's script engine is older than any browser's: exit.js must still run, as written (ES5). */
    @Test
    void whenJavaScriptIsOnTheExitScriptReplacesThePage() throws IOException {
        try (SiteServer exits = ExitSite.start(ExitSite.builder()); WebClient client = client(true)) {
            client.getPage(exits.origin() + ExitSite.START);
            HtmlPage page = client.getPage(exits.origin() + "/");
            client.waitForBackgroundJavaScript(2_000);
            DomElement root = page.getDocumentElement();
            assertEquals("firefox", root.getAttribute("data-browser"));
            assertEquals("true", page.querySelector("[data-browser-help=firefox]").getAttributes()
                    .getNamedItem("data-qr-detected").getNodeValue());
            assertTrue(((DomElement) page.querySelector("[data-browser-help=chrome]")).hasAttribute("hidden"));
            assertFalse(((DomElement) page.querySelector("[data-browser-help=other]")).hasAttribute("hidden"));
            assertFalse(page.getElementById("cover-option").hasAttribute("hidden"));
            int history = client.getCurrentWindow().getHistory().getLength();
            ((HtmlAnchor) page.getElementById("exit")).click();
            client.waitForBackgroundJavaScript(2_000);
            Page now = client.getCurrentWindow().getEnclosedPage();
            assertEquals(ExitSite.NEUTRAL, now.getUrl().getPath());
            assertEquals(history, client.getCurrentWindow().getHistory().getLength(), "replaced, not added");
        }
    }

    @Test
    void whenJavaScriptIsOnShiftThreeTimesLeaves() throws IOException {
        try (SiteServer exits = ExitSite.start(ExitSite.builder()); WebClient client = client(true)) {
            HtmlPage page = client.getPage(exits.origin() + "/");
            client.waitForBackgroundJavaScript(2_000);
            page.getBody().type(KeyboardEvent.DOM_VK_SHIFT);
            assertEquals(ExitSite.words("exit.shift-2"), page.getElementById("exit-status").getTextContent());
            page.getBody().type(KeyboardEvent.DOM_VK_SHIFT);
            page.getBody().type(KeyboardEvent.DOM_VK_SHIFT);
            client.waitForBackgroundJavaScript(2_000);
            assertEquals(ExitSite.NEUTRAL, client.getCurrentWindow().getEnclosedPage().getUrl().getPath());
        }
    }
}
