package org.quietroom.it.engine;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The one way the browser tests wait. {@link #until} polls a condition and returns as soon as it holds, so no test
 * waits a fixed time for something to happen; {@link #quietFor} is the only fixed wait, and it is an observation,
 * not synchronisation: a window in which something must <em>not</em> happen (a request, a download), checked after.
 */
public final class Wait {
    /** How often a condition is polled. */
    public static final Duration POLL = Duration.ofMillis(25);
    /** The longest a test waits for a page or a browser, as for the page itself. */
    public static final Duration PAGE = Duration.ofSeconds(30);

    private Wait() {
    }

    /**
     * Polls {@code probe} until it returns something other than {@code null} or {@code false}, and returns that;
     * fails with "{@code what} within {@code limit}" when it never does.
     */
    public static <T> T until(String what, Duration limit, Supplier<T> probe) {
        return until(() -> what, limit, probe);
    }

    /** As {@link #until(String, Duration, Supplier)}, with {@code what} worded at the failure (the state then). */
    public static <T> T until(Supplier<String> what, Duration limit, Supplier<T> probe) {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit.toMillis() + " ms for " + what.get());
            }
            sleep(POLL);
        }
    }

    /** {@link #until} with {@link #PAGE}. */
    public static <T> T until(String what, Supplier<T> probe) {
        return until(what, PAGE, probe);
    }

    /**
     * Polls {@code value} until it has not changed for {@code still} (a request count that stopped growing), within
     * {@code limit}; fails with {@code what} when it keeps changing.
     */
    public static void untilStill(Supplier<String> what, Duration still, Duration limit, Supplier<?> value) {
        long end = System.nanoTime() + limit.toNanos();
        Object seen = value.get();
        long since = System.nanoTime();
        while (System.nanoTime() - since < still.toNanos()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit.toMillis() + " ms for " + what.get());
            }
            sleep(POLL);
            Object now = value.get();
            if (!now.equals(seen)) {
                seen = now;
                since = System.nanoTime();
            }
        }
    }

    /**
     * Holds still for {@code window}, in which the caller then asserts that nothing happened (no request, no file):
     * the page's lazy work (timers, prefetches, icons) gets the time to show itself if it exists.
     */
    public static void quietFor(Duration window) {
        sleep(window);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
