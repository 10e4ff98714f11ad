package org.quietroom.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.htmlunit.csp.FetchDirectiveKind;
import org.htmlunit.csp.Policy;
import org.htmlunit.csp.directive.SourceExpressionDirective;
import org.htmlunit.csp.url.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy the server sends, parsed by a real CSP parser (htmlunit-csp), is as strict as promised. */
class CspPolicyTest {
    private static final Optional<URI> SELF = URI.parseURI("https://quietroom.app/");
    private static final Optional<URI> OTHER = URI.parseURI("https://other.example/");

    private static Policy parse(String serialized) {
        List<String> errors = new ArrayList<>();
        Policy p = Policy.parseSerializedCSP(serialized, (severity, message, d, v) -> errors.add(message));
        assertEquals(List.of(), errors, "the policy parses without a single complaint");
        return p;
    }

    /** The header as served, and the meta policy as the built page carries it. */
    private static List<Policy> servedPolicies() {
        String html = BuiltSite.read("index.html");
        String marker = "http-equiv=\"Content-Security-Policy\" content=\"";
        int start = html.indexOf(marker);
        assertTrue(start > 0, "the page has a meta CSP");
        start += marker.length();
        String meta = html.substring(start, html.indexOf('"', start)).replace("&#39;", "'");
        return List.of(parse(Headers.production().get("Content-Security-Policy")), parse(meta));
    }

    @Test
    void forbidsEvalAndInlineCodeButLetsWebAssemblyCompile() {
        for (Policy p : servedPolicies()) {
            assertFalse(p.allowsEval(), "unsafe-eval");
            assertFalse(p.allowsInlineScript(Optional.empty(), Optional.of("alert(1)"), Optional.empty()));
            assertFalse(p.allowsScriptAsAttribute(Optional.of("alert(1)")), "on* attributes");
            assertFalse(p.allowsInlineStyle(Optional.empty(), Optional.of("body{}")));
            assertFalse(p.allowsStyleAsAttribute(Optional.of("color:red")));
            SourceExpressionDirective scripts = p.getFetchDirective(FetchDirectiveKind.ScriptSrc).orElseThrow();
            assertFalse(scripts.unsafeInline() || scripts.unsafeEval() || scripts.unsafeHashes() || scripts.star());
            assertTrue(p.allowsWasmEval());
            assertTrue(p.enforcesTrustedTypesForScript(), "Trusted Types required for script sinks");
            assertFalse(p.allowsAnyTrustedTypesPolicyName());
        }
    }

    @Test
    void connectsNowhereNotEvenToItsOwnOrigin() {
        for (Policy p : servedPolicies()) {
            SourceExpressionDirective connect = p.getFetchDirective(FetchDirectiveKind.ConnectSrc).orElseThrow();
            assertNotNull(connect.getNone(), "connect-src 'none'");
            assertFalse(p.allowsConnection(OTHER, SELF));
            assertFalse(p.allowsConnection(SELF, SELF));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://other.example/x.js", "data:text/javascript,1", "blob:https://quietroom.app/1"})
    void loadsScriptsFromItsOwnOriginOnly(String url) {
        for (Policy p : servedPolicies()) {
            assertFalse(p.allowsExternalScript(Optional.empty(), Optional.empty(), URI.parseURI(url),
                    Optional.empty(), SELF), url);
        }
    }

    @Test
    void cannotBeFramedHasNoBaseAndPostsNowhere() {
        Policy header = servedPolicies().get(0);
        assertFalse(header.allowsFrameAncestor(OTHER, SELF));
        assertFalse(header.allowsFrameAncestor(SELF, SELF));
        assertNotNull(header.baseUri().orElseThrow().getNone());
        assertNotNull(header.formAction().orElseThrow().getNone());
        assertNotNull(header.getFetchDirective(FetchDirectiveKind.DefaultSrc).orElseThrow().getNone());
    }
}
