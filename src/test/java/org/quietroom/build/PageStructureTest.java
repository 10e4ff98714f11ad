package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageStructureTest {
    @Test
    void countsElementsAndAttributeNamesSorted() {
        String html = "<!DOCTYPE html>\n<html lang=\"en\" data-state=\"static\"><head><meta charset=\"utf-8\">"
                + "<title>a < b</title></head><body><p class=\"x\" hidden>t</p><p class='y'>u</p><br/></body></html>";
        assertEquals("body=1 br=1 head=1 html=1 meta=1 p=2 title=1 @charset=1 @class=2 @data-state=1 @hidden=1 @lang=1",
                PageStructure.of(html));
    }

    @Test
    void templateNoscriptAndScriptContentsAreNotElements() {
        String html = "<html><head><template id=\"t\"><script src=\"a.js\"></script></template>"
                + "<script src=\"b.js\"></script></head><body><noscript><p>JS is off</p></noscript>"
                + "<!-- <div> --></body></html>";
        assertEquals("body=1 head=1 html=1 noscript=1 script=1 template=1 @id=1 @src=1", PageStructure.of(html));
    }

    @Test
    void quotedValuesMayHoldAngleBracketsAndEquals() {
        assertEquals("meta=1 @content=1 @name=1",
                PageStructure.of("<meta name=\"quietroom-structure\" content=\"a=1 b>2 @c=3\">"));
    }

    @Test
    void theBuiltPageCarriesItsOwnStructure() {
        String html = BuiltSite.read("index.html");
        String marker = "<meta name=\"quietroom-structure\" content=\"";
        int start = html.indexOf(marker);
        assertTrue(start > 0, "the page has a structure meta");
        start += marker.length();
        String content = html.substring(start, html.indexOf('"', start));
        assertEquals(PageStructure.of(html), content);
        assertTrue(content.contains("script=3 ") && content.contains("template=3 "),
                "exit.js, boot.js and the page's catalog; the tier scripts and the other language's catalog are in"
                + " templates");
        assertTrue(content.contains("@data-qr-fill=18"), "every container that Quietroom's own code fills is marked "
                + "(the language switcher, the exit's status line and the link's words among them)");
    }
}
