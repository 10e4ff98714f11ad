package org.quietroom.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by Selenium
 * through Debian's chromedriver. Nothing is downloaded: the driver path is set explicitly, so Selenium Manager
 * never runs. Each session gets a fresh, throwaway profile.
 */
public final class Chromium {
    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** Starts a browser with the standard flags plus {@code extraArgs}, on a fresh throwaway profile. */
    public static ChromeDriver start(String... extraArgs) {
        return start(options -> { }, extraArgs);
    }

    /** Starts a browser with the standard flags plus {@code extraArgs}, after {@code customize} adjusted the options. */
    public static ChromeDriver start(Consumer<ChromeOptions> customize, String... extraArgs) {
        return startWithProfile(freshProfile(), customize, extraArgs);
    }

    /** A new, empty profile directory. */
    public static Path freshProfile() {
        try {
            return Files.createTempDirectory("quietroom-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a browser on a given profile directory, so a test can inspect the profile after {@code quit()}. */
    public static ChromeDriver startWithProfile(Path profile, String... extraArgs) {
        return startWithProfile(profile, options -> { }, extraArgs);
    }

    /** As {@link #startWithProfile(Path, String...)}, after {@code customize} adjusted the options. */
    public static ChromeDriver startWithProfile(Path profile, Consumer<ChromeOptions> customize, String... extraArgs) {
        for (String path : List.of(BINARY, DRIVER)) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing: run scripts/test, which installs Debian's "
                        + "chromium and chromium-driver packages");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        List<String> args = new ArrayList<>(List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
                "--window-size=1024,800", "--user-data-dir=" + profile));
        args.addAll(Arrays.asList(extraArgs));
        options.addArguments(args);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        customize.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
