package org.quietroom.browser;

import io.nayuki.qrcodegen.QrCode;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * Draws a QR code (made by Nayuki's qrcodegen) as SVG built with DOM methods: {@code createElementNS} and
 * {@code setAttribute} with numbers only. No markup is parsed. Black on white, with the four-module quiet zone
 * that ISO/IEC 18004 asks for, and {@code crispEdges} so the modules print sharp.
 */
final class QrSvg {
    static final String SVG = "http://www.w3.org/2000/svg";
    static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /** The {@code <svg>}; {@code data-modules} is the number of modules on a side, without the quiet zone. */
    static Element draw(HTMLDocument document, QrCode qr, String label) {
        int side = qr.size + 2 * QUIET_ZONE;
        Element svg = document.createElementNS(SVG, "svg");
        svg.setAttribute("viewBox", "0 0 " + side + " " + side);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", label);
        svg.setAttribute("shape-rendering", "crispEdges");
        svg.setAttribute("data-modules", String.valueOf(qr.size));
        Element background = rect(document, 0, 0, side, side);
        background.setAttribute("fill", "#fff");
        background.setAttribute("class", "qr__background");
        svg.appendChild(background);
        int[] runs = QrRuns.of(qr);
        for (int i = 0; i < runs.length; i += 3) {
            Element r = rect(document, runs[i] + QUIET_ZONE, runs[i + 1] + QUIET_ZONE, runs[i + 2], 1);
            r.setAttribute("fill", "#000");
            svg.appendChild(r);
        }
        return svg;
    }

    private static Element rect(HTMLDocument document, int x, int y, int width, int height) {
        Element r = document.createElementNS(SVG, "rect");
        r.setAttribute("x", String.valueOf(x));
        r.setAttribute("y", String.valueOf(y));
        r.setAttribute("width", String.valueOf(width));
        r.setAttribute("height", String.valueOf(height));
        return r;
    }
}
