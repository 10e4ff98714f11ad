package org.quietroom.it;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;

/**
 * What the page rendered, for the Chromium-only tests that hold a {@link ChromeDriver}: the engine layer's
 * {@link Page} over that driver (one set of readers for every test), plus the finding elements themselves.
 */
public final class PageProbe {
    private final WebDriver driver;
    private final Page page;

    public PageProbe(WebDriver driver) {
        this.driver = driver;
        this.page = new Page(Engines.chromium((ChromeDriver) driver));
    }

    /** Opens a URL and waits until the page is no longer loading ({@code data-state} ready or error). */
    public PageProbe open(String url) {
        page.open(url);
        return this;
    }

    public PageProbe awaitSettled() {
        page.awaitSettled();
        return this;
    }

    public String root(String attribute) {
        return page.root(attribute);
    }

    public String state() {
        return page.state();
    }

    public String tier() {
        return page.tier();
    }

    public int cspViolations() {
        return page.cspViolations();
    }

    /** check id -> outcome, in page order. */
    public Map<String, String> outcomes() {
        return page.outcomes();
    }

    public List<WebElement> findings() {
        return driver.findElements(By.cssSelector("#findings li[data-check]"));
    }

    public WebElement finding(String check) {
        return driver.findElement(By.cssSelector("#findings li[data-check='" + check + "']"));
    }

    /** The result key of one check's finding ({@code data-reason}). */
    public String reason(String check) {
        return page.reason(check);
    }

    /**
     * The words of one check's finding ({@code textContent}): also for a finding in the collapsed list of those
     * that need nothing, whose {@code innerText} is empty while the list is closed.
     */
    public String text(String check) {
        return page.text("#findings li[data-check=\"" + check + "\"]");
    }

    /** The checks whose findings are shown open, outside the collapsed list of those that need nothing. */
    public List<String> openChecks() {
        return page.openChecks();
    }

    /** The classes of a finding's paragraphs, in order (harmless, text, limits). */
    public List<String> paragraphs(String check) {
        return page.paragraphs(check);
    }

    /** Waits (at most 30 s, as for the page itself) until a check reports {@code reason}. */
    public PageProbe awaitReason(String check, String reason) {
        page.awaitReason(check, reason);
        return this;
    }
}
