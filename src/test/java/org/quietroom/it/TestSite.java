package org.quietroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quietroom.build.SiteServer;

/** Starts the same server code as scripts/serve on the site this build wrote. */
public final class TestSite {
    public static final Path DIR = Path.of("target", "site");

    private TestSite() {
    }

    public static SiteServer.Builder server() {
        if (!Files.isRegularFile(DIR.resolve("index.html"))) {
            throw new IllegalStateException("target/site is missing: the site builder runs in mvn package");
        }
        return SiteServer.builder(DIR);
    }

    public static SiteServer production() {
        try {
            return server().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
