package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.SnapshotFixtures;

class HostCheckTest {
    private final HostCheck check = new HostCheck();

    private Finding run(String host) {
        return check.run(SnapshotFixtures.plainHttps().hostname(host).build());
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "quietroom-app.mcas.ms,                     SESSION_PROXY, Microsoft Defender for Cloud Apps",
        "quietroom.app.mcas-gov.us,                 SESSION_PROXY, Microsoft Defender for Cloud Apps",
        "quietroom.app.mcas-df.ms,                  SESSION_PROXY, Microsoft Defender for Cloud Apps",
        "quietroom-app.translate.goog,              TRANSLATOR,    Google Translate",
        "web.archive.org,                           ARCHIVE,       Internet Archive (Wayback Machine)",
        "archive.org,                               ARCHIVE,       Internet Archive (Wayback Machine)",
        "archive.ph,                                ARCHIVE,       archive.today",
        "archive.is,                                ARCHIVE,       archive.today",
        "archive.today,                             ARCHIVE,       archive.today",
        "webcache.googleusercontent.com,            ARCHIVE,       Google cache",
        "eu1.proxysite.com,                         WEB_PROXY,     ProxySite",
        "de.croxyproxy.com,                         WEB_PROXY,     CroxyProxy",
    })
    void namesTheRewritingService(String host, HostCheck.Result expected, String service) {
        Finding f = run(host);
        assertEquals(expected, f.reason());
        // A proxy can read and change everything; a translator's or an archive's copy is worth a look: the fix is
        // to open the real address (someone who used a translator may only have wanted the page in their language).
        Outcome outcome = expected == HostCheck.Result.TRANSLATOR || expected == HostCheck.Result.ARCHIVE
                ? Outcome.CAUTION : Outcome.RISK;
        assertEquals(outcome, f.outcome());
        assertEquals(List.of(service, host), f.evidence());
    }

    @Test
    void suffixesMatchWholeLabelsOnly() {
        // Not a sub-domain of mcas.ms or archive.org: an ordinary address.
        assertEquals(HostCheck.Result.ADDRESS, run("notmcas.ms").reason());
        assertEquals(HostCheck.Result.ADDRESS, run("myarchive.org").reason());
        assertEquals(HostCheck.Result.ADDRESS, run("mcas.ms.example.com").reason());
    }

    @ParameterizedTest(name = "{0} is a local copy")
    @CsvSource({"localhost", "127.0.0.1", "127.0.1.1", "app.localhost", "[::1]"})
    void localhostIsAllowedForDevelopment(String host) {
        Finding f = run(host);
        assertEquals(HostCheck.Result.LOCAL, f.reason());
        assertEquals(Outcome.OK, f.outcome());
    }

    @ParameterizedTest(name = "{0} is shown, not judged")
    @CsvSource({"quietroom.app", "help.harbour.example", "www.quietroom.app", "copy.example.net"})
    void anyOtherAddressIsShownPlainlyWithoutAVerdict(String host) {
        // One release for every organisation's own address (issue 19): the published one is not special, and no
        // address is a warning. The person compares it with the one they were given.
        Finding f = run(host);
        assertEquals(HostCheck.Result.ADDRESS, f.reason());
        assertEquals(Outcome.OK, f.outcome());
        assertEquals(List.of(host), f.evidence());
    }

    @Test
    void theHostIsComparedInLowerCase() {
        Finding f = run("Help.Harbour.Example");
        assertEquals(List.of("help.harbour.example"), f.evidence());
        assertEquals(HostCheck.Result.TRANSLATOR, run("Quietroom-App.Translate.Goog").reason());
    }

    @Test
    void aFileAndASilentBrowserAreNotGuessed() {
        assertEquals(HostCheck.Result.LOCAL_FILE,
                check.run(SnapshotFixtures.plainHttps().protocol("file:").hostname("").build()).reason());
        assertEquals(Outcome.UNKNOWN, check.run(SnapshotFixtures.silent().build()).outcome());
    }
}
