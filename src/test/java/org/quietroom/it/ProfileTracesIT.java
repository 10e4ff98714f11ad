package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quietroom.build.SiteServer;
import org.quietroom.core.preset.Preset;
import org.quietroom.core.preset.PresetCodec;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Page;
import org.quietroom.it.engine.Wait;

/**
 * "Nothing is stored" read where the browser really keeps things: one whole visit with an advocate's link (every
 * question, the plan, copy), then the quick exit and a clean shutdown, then every file of the browser's own profile
 * is read: Chromium's {@code Sessions/} (SNSS; strings also UTF-16), {@code Current Session}, {@code History},
 * {@code Preferences}, {@code Login Data}, {@code Web Data}, {@code Shortcuts}, {@code Favicons} and the rest;
 * Firefox's {@code sessionstore*} and {@code sessionstore-backups/} (mozLz4, decoded here), {@code formhistory.sqlite},
 * {@code places.sqlite}, {@code logins.json} and the rest. None of the plan's sentences, the answers (the question
 * inputs' form state) or the link's organisation, contact and message may be there, in any encoding, nor inside any
 * advocate-link fragment found (decoded). The page's own address in the history is the canary that proves the scan
 * reads what the browser wrote. Before this test the plan sat in a {@code <textarea>} and session restore kept it.
 */
class ProfileTracesIT {
    private static final String SITE = "http://quietroom.test/";

    private static final Map<String, List<String>> ANSWERS = Map.of(
            "purpose", List.of("person"),
            "living", List.of("together"),
            "private-now", List.of("yes"),
            "device", List.of("own", "shared"),
            "access", List.of("yes"),
            "network", List.of("home"),
            "monitoring", List.of("unsure"),
            "accounts", List.of("email", "social"),
            "phone-plan", List.of("yes"),
            "location", List.of("yes"));

    private static final String ORGANISATION = "Harbour Lane Refuge";
    private static final String CONTACT = "Robin Okafor";
    private static final String NUMBER = "+44 20 7946 0321";
    private static final String MESSAGE = "Ask for Robin at the side door";

    static Preset link() {
        return Preset.builder()
                .organisation(ORGANISATION)
                .language("en")
                .title("Recipes")
                .message(MESSAGE)
                .contact(CONTACT + " (advocate)", NUMBER, "", "", "")
                .build().preset();
    }

    private static Engine start(String name, Path profile, int proxyPort) {
        if (name.equals("chromium")) {
            return Engines.chromium(Chromium.startWithProfile(profile, "--proxy-server=http://127.0.0.1:" + proxyPort,
                    "--proxy-bypass-list=<-loopback>"));
        }
        return Engines.start(name, Engine.Options.defaults().withProxy(proxyPort).withKeptProfile(profile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chromium", "firefox"})
    void aWholeVisitLeavesNoPlanAnswerOrLinkInTheBrowsersProfile(String name) throws Exception {
        Path profile = Files.createTempDirectory("quietroom-profile-" + name + "-");
        List<String> secrets = new ArrayList<>(List.of(ORGANISATION, CONTACT, NUMBER, MESSAGE));
        String opened = PresetCodec.encode(link());
        try (SiteServer server = ExitSite.start(ExitSite.builder())) {
            Engine engine = start(name, profile, server.port());
            try {
                Page page = new Page(engine).open(SITE + "#" + opened);
                assertEquals("ready", page.state(), name);
                assertEquals("applied", page.root("data-preset"), name);
                PlanDriver plan = new PlanDriver(page);
                plan.answerAll(ANSWERS);
                plan.click("#keep-copy");
                // The plan's own sentences as the page wrote them: its decision, each reason, each step's title.
                @SuppressWarnings("unchecked")
                List<String> sentences = (List<String>) plan.script("return Array.prototype.map.call("
                        + "document.querySelectorAll('#decision h3, #decision li, #plan .step__title'),"
                        + " function (e) { return e.textContent; });");
                assertTrue(sentences.size() > 10, name + ": a plan to look for: " + sentences);
                secrets.addAll(sentences);
                String copied = (String) plan.script("return document.getElementById('plan-text').textContent;");
                assertFalse(copied.isEmpty(), name + ": the copied text");
                // The answers' form state: each question's inputs are named q-<id>.
                for (String question : ANSWERS.keySet()) {
                    secrets.add("q-" + question);
                }
                // Give the browser's periodic session save its chance (Chromium writes session commands a few
                // seconds after a change; Firefox every second here, see FirefoxEngine): wait until a session file
                // is newer than the copy.
                awaitSessionSave(name, profile, System.currentTimeMillis());
                plan.click("#exit");
                Wait.until(() -> name + ": the exit to arrive, at " + engine.url(), Duration.ofSeconds(10),
                        () -> engine.url().endsWith(ExitSite.NEUTRAL));
            } finally {
                engine.close();
            }
            List<String> found = new ArrayList<>();
            java.util.Set<String> asAddress = new java.util.TreeSet<>();
            boolean canary = false;
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (Files.size(file) > 64L << 20) {
                        continue;
                    }
                    byte[] raw = Files.readAllBytes(file);
                    for (byte[] bytes : List.of(raw, MozLz4.decodeIfFramed(raw))) {
                        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
                        String utf8 = new String(bytes, StandardCharsets.UTF_8);
                        // UTF-16 (SNSS strings), read from both byte alignments.
                        String utf16 = bytes.length < 2 ? "" : new String(bytes, StandardCharsets.UTF_16LE)
                                + new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16LE);
                        canary |= isHistory(file) && latin.contains("quietroom.test");
                        for (String secret : secrets) {
                            if (utf8.contains(secret) || utf16.contains(secret)) {
                                found.add(profile.relativize(file) + ": " + secret);
                            }
                        }
                        for (String fragment : fragments(latin)) {
                            String text = PresetCodec.decode(fragment).toString();
                            boolean holds = text.contains(ORGANISATION) || text.contains(CONTACT)
                                    || text.contains(MESSAGE);
                            String where = profile.relativize(file).toString();
                            if (holds && fragment.equals(opened) && isAddressStore(where)) {
                                asAddress.add(where.startsWith("Default/Sessions/") ? "Default/Sessions/" : where);
                            } else if (holds) {
                                found.add(where + ": an advocate link's settings, not as the address opened");
                            }
                        }
                    }
                }
            }
            assertTrue(canary, name + ": the page's address in the browser's history (the scan reads the profile)");
            assertEquals(List.of(), found, name + ": what the browser kept of the visit");
            // What a page cannot prevent, stated in the page's exit guidance and the README: the address the person
            // opened, an advocate's link with its settings, is kept where the browser keeps addresses. Chromium keeps
            // the first address of a visit (before the page removed the fragment) in its history, its favicon
            // database, its session restore and its on-device URL-keyed metrics (segmentation_platform, never sent
            // with the network off as here, but on disk); Firefox keeps only the address as the page left it.
            // History always has it; the other stores are written lazily (the favicon database was written before
            // the browser closed in some runs, not in others), so they are where it may be, never anywhere else.
            if (name.equals("chromium")) {
                assertTrue(asAddress.contains("Default/History"), name + ": the link's address in History " + asAddress);
                assertTrue(java.util.Set.of("Default/History", "Default/Favicons", "Default/Sessions/",
                        "segmentation_platform/ukm_db").containsAll(asAddress), name + ": where the link's address is kept "
                        + asAddress);
            } else {
                assertEquals(java.util.Set.of(), asAddress, name + ": where the link's address is kept");
            }
        } finally {
            Engines.deleteProfile(profile);
        }
    }

    /** Where Chromium keeps the addresses of pages visited. */
    private static boolean isAddressStore(String where) {
        return where.equals("Default/History") || where.equals("Default/Favicons")
                || where.startsWith("Default/Sessions/") || where.equals("Default/Current Session")
                || where.equals("Default/Last Session") || where.equals("Default/Top Sites")
                || where.equals("segmentation_platform/ukm_db");
    }

    private static boolean isHistory(Path file) {
        String n = file.getFileName().toString();
        return n.equals("History") || n.startsWith("places.sqlite");
    }

    /** Every {@code #q1…}/{@code #q2…} run of base64url characters in the text: advocate-link fragments. */
    static List<String> fragments(String text) {
        List<String> out = new ArrayList<>();
        for (int i = text.indexOf("#q"); i >= 0; i = text.indexOf("#q", i + 2)) {
            int end = i + 1;
            while (end < text.length() && isBase64Url(text.charAt(end))) {
                end++;
            }
            if (end - i > 4) {
                out.add(text.substring(i + 1, end));
            }
        }
        return out;
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static void awaitSessionSave(String name, Path profile, long after) {
        Wait.until(name + ": the browser to write a session file", Duration.ofSeconds(20), () -> {
            try {
                return newestSessionFile(name, profile) > after;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static long newestSessionFile(String name, Path profile) throws IOException {
        long newest = 0;
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String p = profile.relativize(f).toString();
                boolean session = name.equals("chromium") ? p.contains("Sessions") || p.contains("Session")
                        : p.startsWith("sessionstore");
                if (session) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                }
            }
        }
        return newest;
    }

    /** Firefox's mozLz4 files: "mozLz40\0", the decoded size (4 bytes, little-endian), then one LZ4 block. */
    static final class MozLz4 {
        private static final byte[] MAGIC = "mozLz40\0".getBytes(StandardCharsets.ISO_8859_1);

        static byte[] decodeIfFramed(byte[] in) {
            if (in.length < 12) {
                return new byte[0];
            }
            for (int i = 0; i < MAGIC.length; i++) {
                if (in[i] != MAGIC[i]) {
                    return new byte[0];
                }
            }
            int size = (in[8] & 0xff) | (in[9] & 0xff) << 8 | (in[10] & 0xff) << 16 | (in[11] & 0xff) << 24;
            return block(in, 12, size);
        }

        /** The LZ4 block format: tokens of literals, then a back-reference into what was decoded so far. */
        static byte[] block(byte[] in, int at, int size) {
            byte[] out = new byte[size];
            int o = 0;
            int i = at;
            while (i < in.length) {
                int token = in[i++] & 0xff;
                int literals = token >>> 4;
                if (literals == 15) {
                    int b;
                    do {
                        b = in[i++] & 0xff;
                        literals += b;
                    } while (b == 255);
                }
                System.arraycopy(in, i, out, o, literals);
                i += literals;
                o += literals;
                if (i >= in.length) {
                    break;
                }
                int offset = (in[i] & 0xff) | (in[i + 1] & 0xff) << 8;
                i += 2;
                int length = token & 15;
                if (length == 15) {
                    int b;
                    do {
                        b = in[i++] & 0xff;
                        length += b;
                    } while (b == 255);
                }
                length += 4;
                for (int k = 0; k < length; k++, o++) {
                    out[o] = out[o - offset];
                }
            }
            return java.util.Arrays.copyOf(out, o);
        }
    }
}
