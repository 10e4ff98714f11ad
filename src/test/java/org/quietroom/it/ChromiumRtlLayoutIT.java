package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.build.RtlSite;
import org.quietroom.build.SiteServer;

/**
 * Layout in both directions, measured (no screenshots) in real Chromium: the site is built with one more language,
 * a partial right-to-left pseudo-language ({@link RtlSite}), so its pages carry {@code <html dir="rtl">}.
 *
 * <p>At 320 CSS px wide, in both tiers, on the person's page (at arrival, and with the plan and the copy box open)
 * and on the link-making page: nothing scrolls sideways ({@code scrollWidth <= clientWidth} of the scrolling
 * element), and no visible element reaches outside the viewport. 320 CSS px is WCAG 1.4.10's reflow width: it is
 * what a 1280 px window shows at 400% zoom, and what a 640 px window shows at 200% zoom, so these checks also stand
 * for 200% zoom on a small laptop. At 320 px and at 1024 px, the exit sits at the inline end of its bar: right in
 * English, left in the right-to-left page; and the findings' and contacts' coloured edge sits at the inline start
 * (the stylesheet's logical properties at work: a physical {@code border-left} would fail in right-to-left).
 */
class ChromiumRtlLayoutIT {
    @RegisterExtension
    static final ChromiumRig RIG = ChromiumRig.site(ChromiumRtlLayoutIT::rtlSite);

    /** The built site with a right-to-left language added (RtlSite), in a folder of its own. */
    private static SiteServer rtlSite() {
        try {
            return SiteServer.builder(RtlSite.build(Files.createTempDirectory("quietroom-rtl-"))).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void clearEmulation() {
        RIG.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static void width(int px) {
        RIG.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", px, "height", 640,
                "deviceScaleFactor", 1, "mobile", px < 600));
    }

    private static Object js(String body) {
        return RIG.driver().executeScript(body);
    }

    private static PageProbe open(String path, String tier, String dir) {
        PageProbe page = new PageProbe(RIG.driver()).open(RIG.server().origin() + "/" + path + "?tier=" + tier);
        assertEquals("ready", page.state(), path);
        assertEquals(tier, page.tier(), path + ": each tier runs as itself");
        assertEquals(dir, page.root("dir"), path);
        assertEquals(dir, js("return getComputedStyle(document.body).direction;"), path);
        return page;
    }

    /** Nothing scrolls sideways, and no rendered element reaches outside the viewport (the list of those that do). */
    private static void assertFits(String when) {
        assertEquals(Boolean.TRUE, js("var s = document.scrollingElement; return s.scrollWidth <= s.clientWidth;"),
                when + ": sideways scrolling, scrollWidth " + js("return document.scrollingElement.scrollWidth;"));
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js(
                "var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   if (e.closest('.visually-hidden, .skip-exit, template, script, style')) return;"
                + "   var r = e.getBoundingClientRect();"
                + "   if (r.width === 0 && r.height === 0) return;"
                + "   if (r.left < -0.5 || r.right > w + 0.5) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "     + '.' + e.className + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');"
                + " }); return out;");
        assertEquals(List.of(), outside, when + ": elements outside the 320 px viewport");
        assertTrue(((Number) js("return document.querySelectorAll('body *').length;")).intValue() > 50,
                when + ": the page has content to measure");
    }

    /** The exit's inline-end edge meets the bar's content edge on that side; at 1024 px it is on that half. */
    private static void assertExitAtInlineEnd(String dir, boolean wideWindow, String when) {
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) js(
                "var bar = document.querySelector('.exit-bar'), exit = document.getElementById('exit');"
                + " var b = bar.getBoundingClientRect(), e = exit.getBoundingClientRect(), s = getComputedStyle(bar);"
                + " return {barLeft: b.left + parseFloat(s.paddingLeft), barRight: b.right - parseFloat(s.paddingRight),"
                + "  left: e.left, right: e.right, middle: (b.left + b.right) / 2, width: e.width};");
        double left = m.get("left").doubleValue();
        double right = m.get("right").doubleValue();
        double middle = m.get("middle").doubleValue();
        if (wideWindow) {
            assertTrue(m.get("width").doubleValue() < (m.get("barRight").doubleValue() - m.get("barLeft").doubleValue())
                    / 2, when + ": on a wide window the exit is a button, not the bar's whole width " + m);
        }
        if ("rtl".equals(dir)) {
            assertEquals(m.get("barLeft").doubleValue(), left, 1.0, when + ": the exit starts at the bar's left " + m);
            if (wideWindow) {
                assertTrue(right < middle, when + ": the exit is on the left half " + m);
            }
        } else {
            assertEquals(m.get("barRight").doubleValue(), right, 1.0, when + ": the exit ends at the bar's right " + m);
            if (wideWindow) {
                assertTrue(left > middle, when + ": the exit is on the right half " + m);
            }
        }
    }

    /** The findings' and contacts' coloured edge: inline start, so the left in English and the right in RTL. */
    private static void assertEdgesAtInlineStart(String dir, String when) {
        @SuppressWarnings("unchecked")
        List<List<String>> edges = (List<List<String>>) js(
                "return Array.prototype.map.call(document.querySelectorAll('.finding, .contact, .notice'), function (e) {"
                + " var s = getComputedStyle(e); return [s.borderLeftWidth, s.borderRightWidth]; });");
        assertTrue(edges.size() > 5, when + ": findings, contacts and the notice are shown");
        for (List<String> e : edges) {
            String start = "rtl".equals(dir) ? e.get(1) : e.get(0);
            String end = "rtl".equals(dir) ? e.get(0) : e.get(1);
            assertTrue(!start.equals("0px") && end.equals("0px"), when + ": edge at the inline start " + e);
        }
    }

    @ParameterizedTest
    @CsvSource({"index.html, wasm, ltr", "index.html, js, ltr", "index.xx.html, wasm, rtl", "index.xx.html, js, rtl",
            "index.es.html, js, ltr"})
    void thePersonsPageFitsAt320PixelsAndMirrorsInRightToLeft(String path, String tier, String dir) {
        width(320);
        open(path, tier, dir);
        assertEquals(320L, js("return innerWidth;"));
        assertFits(path + " " + tier + " on arrival");
        assertExitAtInlineEnd(dir, false, path + " at 320 px");
        assertEdgesAtInlineStart(dir, path);

        // The plan shows before any answer; the copy box and the locked-file form open below it.
        assertEquals("shown", js("return document.documentElement.getAttribute('data-plan');"));
        js("document.getElementById('keep-copy').click(); return null;");
        assertEquals(Boolean.FALSE, js("return document.getElementById('copy-box').hidden;"));
        assertFits(path + " " + tier + " with the plan and the copy box");
        js("document.getElementById('exit-help').open = true; return null;");
        assertFits(path + " " + tier + " with the exit guidance open");

        width(1024);
        assertExitAtInlineEnd(dir, true, path + " at 1024 px");
    }

    @ParameterizedTest
    @CsvSource({"build.html, wasm, ltr", "build.xx.html, js, rtl", "build.xx.html, wasm, rtl"})
    void theLinkMakingPageFitsAt320PixelsAndMirrorsInRightToLeft(String path, String tier, String dir) {
        width(320);
        open(path, tier, dir);
        assertFits(path + " " + tier);
        assertExitAtInlineEnd(dir, false, path + " at 320 px");
        width(1024);
        assertExitAtInlineEnd(dir, true, path + " at 1024 px");
    }
}
