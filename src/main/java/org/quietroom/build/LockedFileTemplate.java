package org.quietroom.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The locked file's skeleton, as the page gets it: {@code web/plan-file/file.html} with its policy, style and
 * script filled in. The style ({@code decrypt.css}) and script ({@code decrypt.js}) are fixed text, and the
 * file's policy allows exactly those two by their sha256, computed here, never by hand. What is left in the
 * skeleton are the slots that the page fills ({@link org.quietroom.core.keep.LockedFile}).
 *
 * <p>The skeleton reaches the page inside both tier scripts ({@link #script}), so it is covered by their
 * Subresource Integrity and costs nothing to a page without JavaScript, which cannot make a locked file anyway.
 */
final class LockedFileTemplate {
    /** The global the page reads the skeleton from. */
    static final String GLOBAL = "quietroomLockedFile";

    private LockedFileTemplate() {
    }

    /** The policy of the locked file: nothing but its own inline style and script, and no way to send anything. */
    static List<String> directives(String styleHash, String scriptHash) {
        return List.of(
                "default-src 'none'",
                "script-src '" + scriptHash + "'",
                "style-src '" + styleHash + "'",
                "base-uri 'none'",
                "form-action 'none'",
                "require-trusted-types-for 'script'",
                "trusted-types 'none'");
    }

    /** The skeleton of the locked file, with policy, style and script in place. */
    static String skeleton(Path web) throws IOException {
        Path dir = web.resolve("plan-file");
        String page = read(dir.resolve("file.html"));
        String style = read(dir.resolve("decrypt.css"));
        String script = read(dir.resolve("decrypt.js"));
        checkInline("decrypt.css", style, "</style");
        checkInline("decrypt.js", script, "</script");
        String csp = String.join("; ", directives(hash(style), hash(script)));
        return fillOnce(fillOnce(fillOnce(page, "{{csp}}", PageTemplate.escape(csp)), "{{style}}", style),
                "{{script}}", script);
    }

    /** The statement both tier scripts start with: the skeleton as a JavaScript string. */
    static String script(Path web) throws IOException {
        return "globalThis." + GLOBAL + " = " + SiteBuilder.jsString(skeleton(web)) + ";\n";
    }

    /** The CSP source expression for an inline element's exact text. */
    static String hash(String text) {
        return "sha256-" + Base64.getEncoder().encodeToString(
                SiteBuilder.digest("SHA-256", text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a file as it will stand in the locked file. Line ends become {@code \n}: an HTML parser turns CR LF into
     * LF before the browser hashes an inline script, so a file checked out with CR LF would never match its hash.
     */
    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Inline text must stay one element's text, and must not look like a slot the page fills later. */
    private static void checkInline(String name, String text, String end) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7e || (c < 0x20 && c != '\n')) {
                throw new IllegalStateException("web/plan-file/" + name + " must be printable ASCII: character "
                        + (int) c + " at " + i);
            }
        }
        if (text.toLowerCase(java.util.Locale.ROOT).contains(end) || text.contains("<!--") || text.contains("{{")) {
            throw new IllegalStateException("web/plan-file/" + name + " must not contain " + end + ", <!-- or {{");
        }
    }

    private static String fillOnce(String text, String slot, String value) {
        int at = text.indexOf(slot);
        if (at < 0 || text.indexOf(slot, at + slot.length()) >= 0) {
            throw new IllegalStateException("web/plan-file/file.html must have exactly one " + slot);
        }
        return text.substring(0, at) + value + text.substring(at + slot.length());
    }
}
