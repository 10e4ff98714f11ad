package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://www.google.com/search?q=help,      https://www.google.com",
        "HTTPS://Example.ORG:8443/a#b,               https://example.org:8443",
        "http://127.0.0.1:8080,                      http://127.0.0.1:8080",
        "https://x.example?q=1,                      https://x.example",
        "android-app://com.google.android.gm/,       android-app://com.google.android.gm",
        "about:blank,                                ''",
        "'',                                         ''",
    })
    void originsKeepNoPathQueryOrFragment(String url, String origin) {
        assertEquals(origin, Urls.originOf(url));
    }

    @Test
    void extensionUrlsAreReducedToTheirSchemeNeverTheirId() {
        String firefox = "moz-extension://1c7e0a6e-3f2b-4d8e-9a10-6b5d3c2e1f00/content.js";
        assertEquals("moz-extension:", Urls.describe(firefox, "https://quietroom.app"));
        assertEquals("chrome-extension:", Urls.extensionScheme("chrome-extension://abcdefghijklmnop/x.png"));
        assertEquals("safari-web-extension:", Urls.extensionSchemeIn("url(safari-web-extension://ABC/x.css)"));
        assertFalse(Urls.describe(firefox, "").contains("1c7e"), "no UUID");
        assertEquals("", Urls.extensionScheme("https://chrome-extension.example/"));
    }

    @Test
    void sameOriginFilesAreShownByPathOthersByOrigin() {
        assertEquals("/test-wrap.js", Urls.describe("http://127.0.0.1:9/test-wrap.js?v=1", "http://127.0.0.1:9"));
        assertEquals("https://cdn.example", Urls.describe("https://cdn.example/lib.js", "http://127.0.0.1:9"));
        assertEquals("data:", Urls.describe("data:text/javascript,1", "http://127.0.0.1:9"));
        assertTrue(Urls.isWeb("HTTP://a.example/"));
        assertFalse(Urls.isWeb("blob:https://a.example/1"));
    }
}
