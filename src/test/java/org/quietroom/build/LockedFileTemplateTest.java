package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.htmlunit.csp.FetchDirectiveKind;
import org.htmlunit.csp.Policy;
import org.htmlunit.csp.directive.SourceExpressionDirective;
import org.htmlunit.csp.url.URI;
import org.junit.jupiter.api.Test;
import org.quietroom.core.EnglishCatalog;
import org.quietroom.core.keep.LockedFile;

/** The locked file's skeleton as the site builder makes it: its policy allows its own script and style only. */
class LockedFileTemplateTest {
    private static final Path WEB = Path.of("web");
    private static final Optional<URI> FILE = URI.parseURI("file:///home/someone/Downloads/notes.html");

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        assertTrue(start >= 0, open);
        start += open.length();
        return text.substring(start, text.indexOf(close, start));
    }

    private static Policy policy(String skeleton) {
        String marker = "http-equiv=\"Content-Security-Policy\" content=\"";
        String csp = between(skeleton, marker, "\"").replace("&#39;", "'");
        List<String> errors = new ArrayList<>();
        Policy p = Policy.parseSerializedCSP(csp, (severity, message, d, v) -> errors.add(message));
        assertEquals(List.of(), errors);
        return p;
    }

    @Test
    void thePolicyAllowsExactlyTheFilesOwnScriptAndStyleByTheirHashes() throws IOException {
        String skeleton = LockedFileTemplate.skeleton(WEB);
        String script = between(skeleton, "<script>", "</script>");
        String style = between(skeleton, "<style>", "</style>");
        assertEquals(Files.readString(WEB.resolve("plan-file/decrypt.js"), StandardCharsets.UTF_8)
                .replace("\r\n", "\n"), script);
        assertEquals(Files.readString(WEB.resolve("plan-file/decrypt.css"), StandardCharsets.UTF_8)
                .replace("\r\n", "\n"), style);
        Policy p = policy(skeleton);
        assertTrue(p.allowsInlineScript(Optional.empty(), Optional.of(script), Optional.empty()));
        assertFalse(p.allowsInlineScript(Optional.empty(), Optional.of(script + " "), Optional.empty()),
                "one more character and the script is refused");
        assertTrue(p.allowsInlineStyle(Optional.empty(), Optional.of(style)));
        assertFalse(p.allowsInlineStyle(Optional.empty(), Optional.of("body{}")));
        assertFalse(p.allowsEval());
        assertFalse(p.allowsScriptAsAttribute(Optional.of("alert(1)")));
        assertFalse(p.allowsStyleAsAttribute(Optional.of("color:red")));
        assertFalse(p.allowsExternalScript(Optional.empty(), Optional.empty(),
                URI.parseURI("file:///home/someone/Downloads/x.js"), Optional.empty(), FILE));
        assertFalse(p.allowsConnection(URI.parseURI("https://example.org/"), FILE), "sends nothing anywhere");
        assertFalse(p.allowsImage(URI.parseURI("https://example.org/x.png"), FILE));
        assertTrue(p.enforcesTrustedTypesForScript());
        assertFalse(p.allowsAnyTrustedTypesPolicyName());
        SourceExpressionDirective scripts = p.getFetchDirective(FetchDirectiveKind.ScriptSrc).orElseThrow();
        assertFalse(scripts.unsafeInline() || scripts.unsafeEval() || scripts.star());
        assertNotNull(p.formAction().orElseThrow().getNone());
        assertNotNull(p.baseUri().orElseThrow().getNone());
    }

    @Test
    void thePolicyComesFirstAndTheFileHasOneScriptAndOneStyle() throws IOException {
        String skeleton = LockedFileTemplate.skeleton(WEB);
        int policy = skeleton.indexOf("Content-Security-Policy");
        assertTrue(policy > 0 && policy < skeleton.indexOf("<style>") && policy < skeleton.indexOf("<script>"));
        assertEquals(2, skeleton.split("<script", -1).length);
        assertEquals(2, skeleton.split("<style", -1).length);
        assertFalse(skeleton.contains(" src=") || skeleton.contains(" href="), "nothing to load");
    }

    @Test
    void whatIsLeftIsExactlyWhatThePageFillsAndNoPlanTextInClear() throws IOException {
        String skeleton = LockedFileTemplate.skeleton(WEB);
        String html = LockedFile.fill(skeleton, EnglishCatalog.messages()::get, "en", "ltr", new byte[16],
                new byte[12], new byte[32]);
        assertFalse(html.contains("{{"), "every slot is filled");
        for (String key : LockedFile.fileKeys()) {
            assertTrue(skeleton.contains("{{msg:" + key + "}}"), "the skeleton uses " + key);
        }
        assertTrue(html.contains(" data-ciphertext=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\""));
        assertTrue(html.contains(" data-iterations=\"600000\""));
    }

    @Test
    void bothTierScriptsCarryTheSameSkeleton() throws IOException {
        String statement = LockedFileTemplate.script(WEB);
        assertTrue(statement.startsWith("globalThis." + LockedFileTemplate.GLOBAL + " = \""));
        for (String tier : List.of("wasm/app.js", "js/app.js")) {
            assertTrue(BuiltSite.read(tier).startsWith(statement), tier);
        }
    }
}
