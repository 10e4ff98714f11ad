package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BootRecordTest {

    private static Snapshot read(Map<String, String> attributes, List<String> urls) {
        Snapshot.Builder b = Snapshot.builder();
        assertEquals(urls, BootRecord.read(attributes::get, b));
        return b.build();
    }

    private static Map<String, String> complete() {
        Map<String, String> a = new HashMap<>();
        a.put("data-tier", "wasm");
        a.put("data-csp-canary", "blocked");
        a.put("data-csp-header", "yes");
        a.put("data-csp-violations", "2");
        a.put("data-watch", "on");
        a.put("data-watch-elements", "iframe script");
        a.put("data-watch-attributes", "style onclick");
        a.put("data-watch-extension-urls", "chrome-extension moz-extension");
        a.put("data-stored-cookies", "0");
        a.put("data-stored-local", "12");
        a.put("data-stored-sw", "1");
        a.put("data-framed", "no");
        return a;
    }

    @Test
    void readsEveryRecordBootJsWrites() {
        Snapshot s = read(complete(), List.of("chrome-extension", "moz-extension"));
        assertEquals("wasm", s.tier());
        assertEquals(Tri.NO, s.cspCanaryRan());
        assertEquals(Tri.YES, s.cspHeader());
        assertEquals(2, s.cspViolations());
        assertEquals(Tri.YES, s.pageWatched());
        assertEquals(List.of("iframe", "script"), s.addedElements());
        assertEquals(List.of("style", "onclick"), s.addedAttributes());
        assertEquals(0, s.cookieLength());
        assertEquals(12, s.localStorageLength());
        assertEquals(1, s.serviceWorkerCount());
        assertEquals(Tri.NO, s.framed());
    }

    @Test
    void theOtherValueOfEachYesNoRecord() {
        Map<String, String> a = complete();
        a.put("data-csp-canary", "ran");
        a.put("data-csp-header", "no");
        a.put("data-watch", "off");
        a.put("data-framed", "yes");
        Snapshot s = read(a, List.of("chrome-extension", "moz-extension"));
        assertEquals(Tri.YES, s.cspCanaryRan());
        assertEquals(Tri.NO, s.cspHeader());
        assertEquals(Tri.NO, s.pageWatched());
        assertEquals(Tri.YES, s.framed());
    }

    @Test
    void withoutBootJsEveryFactIsUnknownNeverReassuring() {
        Snapshot s = read(Map.of(), List.of());
        assertEquals("", s.tier());
        assertEquals(Tri.UNKNOWN, s.cspCanaryRan());
        assertEquals(Tri.UNKNOWN, s.cspHeader());
        assertEquals(-1, s.cspViolations());
        assertEquals(Tri.UNKNOWN, s.pageWatched());
        assertEquals(List.of(), s.addedElements());
        assertEquals(-1, s.cookieLength());
        assertEquals(-1, s.localStorageLength());
        assertEquals(-1, s.serviceWorkerCount());
        assertEquals(Tri.UNKNOWN, s.framed());
    }

    @Test
    void aTamperedRecordIsUnknown() {
        Map<String, String> a = complete();
        a.put("data-csp-canary", "RAN");
        a.put("data-csp-header", "yes ");
        a.put("data-watch", "on;off");
        a.put("data-framed", "");
        a.put("data-csp-violations", "-1");
        a.put("data-stored-cookies", "1e3");
        a.put("data-stored-local", "1234567890");
        a.put("data-stored-sw", "pending");
        Snapshot s = read(a, List.of("chrome-extension", "moz-extension"));
        assertEquals(Tri.UNKNOWN, s.cspCanaryRan());
        assertEquals(Tri.UNKNOWN, s.cspHeader());
        assertEquals(Tri.UNKNOWN, s.pageWatched());
        assertEquals(Tri.UNKNOWN, s.framed());
        assertEquals(-1, s.cspViolations());
        assertEquals(-1, s.cookieLength());
        assertEquals(-1, s.localStorageLength());
        assertEquals(-1, s.serviceWorkerCount());
    }

    @Test
    void listsSplitOnSpacesWhateverTheSpacing() {
        Map<String, String> a = complete();
        a.put("data-watch-elements", "  iframe   script ");
        assertEquals(List.of("iframe", "script"), read(a, List.of("chrome-extension", "moz-extension"))
                .addedElements());
    }
}
