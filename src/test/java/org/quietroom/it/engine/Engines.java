package org.quietroom.it.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.quietroom.core.Text;

/**
 * Starts engines by name. {@code -Dquietroom.engines=firefox} (or a comma-separated list) runs the browser
 * scenarios on those engines only; the default is all three.
 */
public final class Engines {
    public static final List<String> ALL = List.of("chromium", "firefox", "webkit");

    private Engines() {
    }

    /** The engines this run covers. */
    public static List<String> selected() {
        String chosen = System.getProperty("quietroom.engines", "");
        if (chosen.isBlank()) {
            return ALL;
        }
        List<String> names = Text.splitList(chosen);
        for (String n : names) {
            if (!ALL.contains(n)) {
                throw new IllegalArgumentException("quietroom.engines: unknown engine " + n + "; known: " + ALL);
            }
        }
        return names;
    }

    public static Engine start(String name, Engine.Options options) {
        switch (name) {
            case "chromium":
                return new ChromiumEngine(options);
            case "firefox":
                return new FirefoxEngine(options);
            case "webkit":
                return WebKitEngine.start(options);
            default:
                throw new IllegalArgumentException("unknown engine " + name);
        }
    }

    /** The scenario API over a Chromium that the test started with options of its own; closing it quits it. */
    public static Engine chromium(org.openqa.selenium.chrome.ChromeDriver driver) {
        return new ChromiumEngine(driver);
    }

    /** Deletes a profile folder a test kept ({@link Engine.Options#withKeptProfile}). */
    public static void deleteProfile(Path dir) {
        deleteQuietly(dir);
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
