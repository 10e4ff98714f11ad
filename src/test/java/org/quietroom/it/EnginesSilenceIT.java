package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.build.SiteServer;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * Proof of silence, on every engine: once the page has loaded, it asks the server for nothing more, and it
 * leaves every storage area empty. Requests are counted at the test server, which is also every engine's proxy,
 * so a request to any other host would be counted too.
 */
class EnginesSilenceIT {
    @RegisterExtension
    static final EngineRig RIG = new EngineRig();

    static List<String> engines() {
        return Engines.selected();
    }

    /** Reads every storage area without creating any. */
    static final String STORAGE = "Promise.all(["
            + "Promise.resolve(document.cookie),"
            + "Promise.resolve((function () { try { return localStorage.length; } catch (e) { return -1; } })()),"
            + "Promise.resolve((function () { try { return sessionStorage.length; } catch (e) { return -1; } })()),"
            + "(window.indexedDB && indexedDB.databases ? indexedDB.databases().then(function (d) { return d.length; })"
            + " : Promise.resolve(0)),"
            + "(window.caches ? caches.keys().then(function (k) { return k.length; }, function () { return 0; })"
            + " : Promise.resolve(0)),"
            + "(navigator.serviceWorker ? navigator.serviceWorker.getRegistrations().then(function (r) {"
            + " return r.length; }) : Promise.resolve(0))"
            + "]).then(function (v) { return {cookie: v[0], localStorage: v[1], sessionStorage: v[2],"
            + " indexedDB: v[3], caches: v[4], serviceWorkers: v[5]}; })";

    /**
     * The page has loaded: the document is complete and the server has seen no request for 700 ms. This counts
     * what the browser itself fetches as part of loading (WebKit asks for the site's icon only after the load
     * event) as part of the load; everything after it must be silent.
     */
    static void settled(Page page) {
        settled(page, RIG.server());
    }

    /** As {@link #settled(Page)}, counting the requests at {@code server}. */
    static void settled(Page page, SiteServer server) {
        Wait.until("the document to complete loading", Duration.ofSeconds(20),
                () -> "complete".equals(page.engine().script("return document.readyState;")));
        Wait.untilStill(() -> "the page to stop requesting: " + server.requests(), Duration.ofMillis(700),
                Duration.ofSeconds(20), () -> server.requests().size());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void afterLoadThePageRequestsNothingAndStoresNothing(String engine) throws InterruptedException {
        for (String url : List.of("http://quietroom.test/", "http://quietroom.test/?tier=js")) {
            Page page = RIG.engines().page(engine).open(url);
            settled(page);
            RIG.server().clearRequests();
            // Give anything lazy (icons, prefetches, timers) time to show itself.
            Wait.quietFor(Duration.ofMillis(1500));
            assertEquals(List.of(), RIG.server().requests(), engine + " " + url + ": requests after load");
            assertEquals("ready", page.state());
            @SuppressWarnings("unchecked")
            Map<String, Object> storage = (Map<String, Object>) page.engine().await(STORAGE);
            assertEquals("", storage.get("cookie"), engine);
            for (String area : List.of("localStorage", "sessionStorage", "indexedDB", "caches", "serviceWorkers")) {
                assertEquals(0L, ((Number) storage.get(area)).longValue(), engine + " " + area);
            }
        }
    }
}
