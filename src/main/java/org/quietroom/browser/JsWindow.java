package org.quietroom.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.History;
import org.teavm.jso.browser.Location;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.dom.html.HTMLDocument;

/** The parts of {@code window} Quietroom reads. Values that may be missing are read as JS values. */
interface JsWindow extends JSObject {
    /** Named explicitly: TeaVM would otherwise read {@code secureContext}. */
    @JSProperty("isSecureContext")
    JSBoolean getIsSecureContext();

    @JSProperty
    JsNavigator getNavigator();

    @JSProperty
    Location getLocation();

    @JSProperty
    History getHistory();

    @JSProperty
    HTMLDocument getDocument();

    @JSProperty
    JsPerformance getPerformance();

    @JSProperty("quietroomMessages")
    JsCatalog getMessages();

    /** Every shipped catalog that has loaded so far, by language ({@code messages.<lang>.js}). */
    @JSProperty("quietroomCatalogs")
    JsCatalogs getCatalogs();

    /** {@code Intl}; missing in some old browsers. */
    @JSProperty("Intl")
    JsIntl getIntl();

    /** The app lookup's table, put there by apps.html's tier script (the site builder's StalkerwareData). */
    @JSProperty("quietroomApps")
    org.teavm.jso.core.JSString getApps();

    /** The app lookup's result words by language, also from its tier script ({@code {en: {...}, es: {...}}}). */
    @JSProperty("quietroomAppWords")
    JsCatalogs getAppWords();

    /** Opens the browser's print dialog (the link-making page prints a flyer). */
    void print();
}
