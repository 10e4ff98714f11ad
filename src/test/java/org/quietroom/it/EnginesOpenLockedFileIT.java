package org.quietroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.keep.LockedFile;
import org.quietroom.it.engine.Engine;
import org.quietroom.it.engine.Engines;
import org.quietroom.it.engine.Wait;

/**
 * The open page on every engine, with files made on the JVM ({@link LockedFile#write}, the JVM's PBKDF2 and
 * AES-GCM): so web/open.js is checked against the Java reference of the format, not only against files of its own
 * site. The file reaches the page's {@code <input type=file>} as a {@code File} in a {@code DataTransfer} (the one
 * way to fill a file input that all three engines' drivers share); the Open button gets a real click. A wrong
 * passphrase, a changed byte, markup, a truncation and hostile settings are each refused with their own message,
 * nothing of the file runs, and the page asks the server for nothing after it has loaded (axe-core, injected by
 * the test, is not a request). axe-core finds no violation before and after the notes show.
 */
class EnginesOpenLockedFileIT {
    @RegisterExtension
    static final EngineRig RIG = new EngineRig();

    private static final String PASSPHRASE = "cable dwarf ebony acid zoom";
    private static final String PLAN = "Your plan\n\nNow:\n- a step with \u00e1\u00f1 \u2014 and <b>no markup</b> & more";
    private static String file;

    static List<String> engines() {
        return Engines.selected();
    }

    @BeforeAll
    static void make() throws Exception {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        for (int i = 0; i < 16; i++) {
            salt[i] = (byte) (i * 31 + 5);
        }
        for (int i = 0; i < 12; i++) {
            iv[i] = (byte) (i * 17 + 3);
        }
        byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new PBEKeySpec(PASSPHRASE.toCharArray(), salt, LockedFile.ITERATIONS, 256)).getEncoded();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(LockedFile.MARKER.getBytes(StandardCharsets.UTF_8));
        file = LockedFile.write(EnglishCatalog.messages()::get, salt, iv, c.doFinal(PLAN.getBytes(StandardCharsets.UTF_8)));
    }

    private static String msg(String key) {
        return EnglishCatalog.messages().get(key);
    }

    /** Puts a file with this text in the file input, types the passphrase, clicks Open, returns the outcome. */
    private static String open(Engine engine, String text, String passphrase) throws InterruptedException {
        engine.script("var input = document.getElementById('open-file'); var t = new DataTransfer();"
                + " t.items.add(new File([" + PlanDriver.q(text) + "], 'notes.txt', {type: 'text/plain'}));"
                + " input.files = t.files; document.getElementById('open-pass').value = " + PlanDriver.q(passphrase)
                + "; document.documentElement.removeAttribute('data-open'); return null;");
        engine.click("#open-button");
        return Wait.until(engine.name() + ": the open page's answer", () -> {
            Object state = engine.script("return document.documentElement.getAttribute('data-open');");
            return state == null || "working".equals(state) ? null : (String) state;
        });
    }

    private static Object text(Engine engine, String id) {
        return engine.script("return document.getElementById(" + PlanDriver.q(id) + ").textContent;");
    }

    @ParameterizedTest
    @MethodSource("engines")
    void opensAFileMadeOnTheJvmAndRefusesEveryAlteredOne(String name) throws Exception {
        Engine engine = RIG.engines().get(name);
        // 127.0.0.1 is a secure context, where Web Crypto is available.
        engine.open(RIG.server().origin() + "/open.html");
        Wait.until(name + ": the open page to be ready", Duration.ofSeconds(20),
                () -> "ready".equals(engine.script("return document.documentElement.getAttribute('data-open');")));
        assertEquals(msg("open.title"), engine.script("return document.title;"));
        assertEquals(List.of(), Axe.violations(engine), name + ": the open page, before a file is chosen");
        int requests = RIG.server().requests().size();

        assertEquals("wrong", open(engine, file, PASSPHRASE.toUpperCase()), name);
        assertEquals(msg("open.wrong"), text(engine, "open-status"), name);
        assertEquals("", text(engine, "open-text"), name);

        assertEquals("shown", open(engine, file, PASSPHRASE), name);
        assertEquals(PLAN, text(engine, "open-text"), name + ": the plan, as text");
        assertEquals(0L, ((Number) engine.script("return document.querySelectorAll('#open-text *').length;"))
                .longValue(), name + ": no markup from the plan");
        assertEquals("", engine.script("return document.getElementById('open-pass').value;"), name);
        assertEquals(List.of(), Axe.violations(engine), name + ": the open page with the notes shown");

        String data = file.substring(file.indexOf(LockedFile.MARKER));
        String cipher = data.substring(data.indexOf("\ndata ") + 6, data.indexOf("\nend"));
        char last = cipher.charAt(cipher.length() - 2);
        String changed = file.replace(cipher, cipher.substring(0, cipher.length() - 2) + (last == 'A' ? 'B' : 'A')
                + cipher.charAt(cipher.length() - 1));
        Map<String, String> hostile = new java.util.LinkedHashMap<>();
        hostile.put("wrong", changed);
        hostile.put("not-data", file + "<script>document.documentElement.setAttribute('data-ran', 'yes')</script>\n");
        hostile.put("not-data ", "<img src=x onerror=\"document.documentElement.setAttribute('data-ran','y')\">"
                + file);
        hostile.put("not-data  ", file.substring(0, file.length() - 12));
        hostile.put("not-data   ", file.replace("\niv ", "\nIV "));
        hostile.put("not-data    ", file + "more\n");
        hostile.put("settings", file.replace("iterations 600000", "iterations 1000"));
        hostile.put("settings ", file.replace("iterations 600000", "iterations 999999999"));
        hostile.put("too-long", "x".repeat(LockedFile.MAX_CHARS) + "\n" + file);
        for (Map.Entry<String, String> e : hostile.entrySet()) {
            String expected = e.getKey().trim();
            assertEquals(expected, open(engine, e.getValue(), PASSPHRASE), name + ": " + e.getKey());
            assertEquals(msg("open." + expected), text(engine, "open-status"), name + ": " + e.getKey());
            assertEquals("", text(engine, "open-text"), name + ": nothing shown for " + e.getKey());
        }
        assertNull(engine.script("return document.documentElement.getAttribute('data-ran');"), name);
        assertEquals("not-data", open(engine, "", PASSPHRASE), name + ": an empty file is not a locked file");

        // Nothing is uploaded or fetched: the server saw no request after the page loaded.
        List<String> after = RIG.server().requests().subList(requests, RIG.server().requests().size());
        assertTrue(after.stream().allMatch(r -> r.contains("favicon")), name + ": requests after load " + after);
    }
}
