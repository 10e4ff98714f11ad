package org.quietroom.it.engine;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;

/** An engine behind a classic WebDriver session (Chromium's chromedriver, WebKitWebDriver). */
abstract class WebDriverEngine implements Engine {
    private static final Json JSON = new Json();
    protected final WebDriver driver;

    WebDriverEngine(WebDriver driver) {
        this.driver = driver;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void open(String url) {
        driver.get(url);
    }

    /** The viewport's size now, {@code [innerWidth, innerHeight]}. */
    protected List<Long> innerSize() {
        List<?> size = (List<?>) script("return [innerWidth, innerHeight];");
        return List.of(((Number) size.get(0)).longValue(), ((Number) size.get(1)).longValue());
    }

    /** Classic WebDriver sizes the window, not the viewport: size it, measure, and size it again by the difference. */
    @Override
    public List<Long> viewport(int width, int height) {
        org.openqa.selenium.Dimension want = new org.openqa.selenium.Dimension(width, height);
        for (int attempt = 0; attempt < 3; attempt++) {
            driver.manage().window().setSize(want);
            List<Long> inner = innerSize();
            if (inner.get(0) == width && inner.get(1) == height) {
                return inner;
            }
            want = new org.openqa.selenium.Dimension(want.getWidth() + width - inner.get(0).intValue(),
                    want.getHeight() + height - inner.get(1).intValue());
        }
        // A window may stay wider than asked: WebKitGTK's MiniBrowser keeps its toolbar at least 447 px wide.
        // The page is not touched to narrow it (its own checks would see the change, rightly).
        return innerSize();
    }

    @Override
    public Object script(String body) {
        Object json = ((JavascriptExecutor) driver).executeScript(
                "return JSON.stringify((function () {" + body + "})());");
        return json == null ? null : JSON.toType((String) json, Object.class);
    }

    /** WebDriver classic: switch into the frame, run, and always switch back to the top-level page. */
    @Override
    public Object scriptInFrame(String frameCss, String body) {
        driver.switchTo().frame(driver.findElement(By.cssSelector(frameCss)));
        try {
            return script(body);
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    @Override
    public Object await(String promiseExpression) {
        Object json = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "Promise.resolve(" + promiseExpression + ").then(function (v) { done(JSON.stringify(v)); },"
                + " function (e) { done(JSON.stringify({error: String(e)})); });");
        return json == null ? null : JSON.toType((String) json, Object.class);
    }

    @Override
    public void press(String key) {
        String code = Keys.code(key);
        new Actions(driver).keyDown(code).keyUp(code).perform();
    }

    @Override
    public void type(String text) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String key = new String(Character.toChars(cp));
            actions.keyDown(key).keyUp(key);
            i += Character.charCount(cp);
        }
        actions.perform();
    }

    @Override
    public String openTab(String url) {
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        driver.get(url);
        return driver.getWindowHandle();
    }

    @Override
    public String tab() {
        return driver.getWindowHandle();
    }

    @Override
    public void useTab(String handle) {
        driver.switchTo().window(handle);
    }

    @Override
    public void closeTab(String handle) {
        String current = driver.getWindowHandle();
        if (handle.equals(current)) {
            throw new IllegalArgumentException("closeTab: not the tab calls address now");
        }
        driver.switchTo().window(handle);
        driver.close();
        driver.switchTo().window(current);
    }

    @Override
    public void chord(String modifier, String key) {
        String held = Keys.code(modifier);
        String code = Keys.code(key);
        new Actions(driver).keyDown(held).keyDown(code).keyUp(code).keyUp(held).perform();
    }

    @Override
    public void click(String cssSelector) {
        driver.findElement(By.cssSelector(cssSelector)).click();
    }

    @Override
    public void back() {
        driver.navigate().back();
    }

    @Override
    public String url() {
        return driver.getCurrentUrl();
    }

    static List<Object> list(Object... items) {
        return List.of(items);
    }

    static Map<String, Object> map(Object... kv) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
