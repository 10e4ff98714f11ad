package org.quietroom.it.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One engine per test class and engine name, started on first use and closed with the class: browsers start
 * once per class, not per test.
 */
public final class EngineSession implements AutoCloseable {
    private final Function<String, Engine.Options> options;
    private final Map<String, Engine> engines = new LinkedHashMap<>();

    public EngineSession(Function<String, Engine.Options> options) {
        this.options = options;
    }

    public synchronized Engine get(String name) {
        return engines.computeIfAbsent(name, n -> Engines.start(n, options.apply(n)));
    }

    public Page page(String name) {
        return new Page(get(name));
    }

    @Override
    public synchronized void close() {
        for (Engine e : engines.values()) {
            try {
                e.close();
            } catch (RuntimeException ex) {
                // keep closing the others
            }
        }
        engines.clear();
    }
}
