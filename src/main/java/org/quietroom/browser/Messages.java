package org.quietroom.browser;

import java.util.List;
import org.quietroom.core.Text;
import org.quietroom.core.Words;
import org.teavm.jso.core.JSString;

/**
 * Looks up catalog sentences. A missing key shows the key itself, which the catalog tests forbid. One object for
 * the whole page: when the person changes language, {@link LanguageSwitch} gives it the other catalog and every
 * view renders again with it.
 */
final class Messages implements Words {
    private JsCatalog catalog;

    Messages(JsCatalog catalog) {
        this.catalog = catalog;
    }

    void use(JsCatalog other) {
        catalog = other;
    }

    @Override
    public boolean has(String key) {
        return !Js.missing(catalog) && !Js.missing(catalog.get(key));
    }

    @Override
    public String get(String key) {
        if (Js.missing(catalog)) {
            return key;
        }
        JSString value = catalog.get(key);
        return Js.missing(value) ? key : value.stringValue();
    }

    String get(String key, List<String> args) {
        return Text.fill(get(key), args);
    }
}
