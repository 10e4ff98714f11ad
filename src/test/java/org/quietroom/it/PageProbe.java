package org.quietroom.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.quietroom.it.engine.Wait;

/** Reads what the page rendered: its state, tier, findings and CSP violation count. */
public final class PageProbe {
    private final WebDriver driver;

    public PageProbe(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens a URL and waits until the page is no longer loading ({@code data-state} ready or error). */
    public PageProbe open(String url) {
        driver.get(url);
        return awaitSettled();
    }

    public PageProbe awaitSettled() {
        Wait.until(() -> "the page to settle (data-state=" + root("data-state") + ")", Wait.PAGE, () -> {
            String state = root("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        return this;
    }

    public String root(String attribute) {
        return driver.findElement(By.tagName("html")).getDomAttribute(attribute);
    }

    public String state() {
        return root("data-state");
    }

    public String tier() {
        return root("data-tier");
    }

    public int cspViolations() {
        String n = root("data-csp-violations");
        return n == null ? -1 : Integer.parseInt(n);
    }

    /** check id -> outcome, in page order. */
    @SuppressWarnings("unchecked")
    public Map<String, String> outcomes() {
        // One script call: the list may be redrawn at any time (boot.js reports late changes), so reading it
        // element by element could meet an element that was just replaced.
        List<List<String>> rows = (List<List<String>>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('#findings li[data-check]'),"
                + " function (li) { return [li.getAttribute('data-check'), li.getAttribute('data-outcome')]; });");
        Map<String, String> m = new LinkedHashMap<>();
        for (List<String> row : rows) {
            m.put(row.get(0), row.get(1));
        }
        return m;
    }

    public List<WebElement> findings() {
        return driver.findElements(By.cssSelector("#findings li[data-check]"));
    }

    public WebElement finding(String check) {
        return driver.findElement(By.cssSelector("#findings li[data-check='" + check + "']"));
    }

    /** The result key of one check's finding ({@code data-reason}). */
    public String reason(String check) {
        return (String) js("var li = document.querySelector(\"#findings li[data-check='" + check + "']\");"
                + " return li ? li.getAttribute('data-reason') : null;");
    }

    private Object js(String body) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(body);
    }

    /**
     * The words of one check's finding ({@code textContent}): also for a finding in the collapsed list of those
     * that need nothing, whose {@code innerText} is empty while the list is closed.
     */
    public String text(String check) {
        return (String) js("var li = document.querySelector(\"#findings li[data-check='" + check + "']\");"
                + " return li ? li.textContent : null;");
    }

    /** The checks whose findings are shown open, outside the collapsed list of those that need nothing. */
    @SuppressWarnings("unchecked")
    public List<String> openChecks() {
        return (List<String>) js("return Array.prototype.filter.call("
                + "document.querySelectorAll('#findings li[data-check]'),"
                + " function (li) { return !li.closest('#findings-quiet'); })"
                + ".map(function (li) { return li.getAttribute('data-check'); });");
    }

    /** The classes of a finding's paragraphs, in order (harmless, text, limits). */
    @SuppressWarnings("unchecked")
    public List<String> paragraphs(String check) {
        return (List<String>) js("var li = document.querySelector(\"#findings li[data-check='" + check + "']\");"
                + " return li ? Array.prototype.map.call(li.querySelectorAll('li > p'),"
                + " function (p) { return p.getAttribute('class'); }) : [];");
    }

    /**
     * Waits (at most 30 s, as for the page itself) until a check reports {@code reason}: boot.js may see a change
     * after the first render, and the app then renders again. Times out, and so fails, when it never does.
     */
    public PageProbe awaitReason(String check, String reason) {
        Wait.until(() -> check + " to report " + reason + "; it reported " + reason(check), Wait.PAGE,
                () -> reason.equals(reason(check)));
        return this;
    }
}
