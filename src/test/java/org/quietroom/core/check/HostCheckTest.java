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

    private Finding withoutList(String host) {
        return check.run(SnapshotFixtures.plainHttps().hostname(host).expectedHosts(List.of()).build());
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
        // Not a sub-domain of mcas.ms or archive.org: an ordinary other address.
        assertEquals(HostCheck.Result.OTHER_ADDRESS, run("notmcas.ms").reason());
        assertEquals(HostCheck.Result.OTHER_ADDRESS, run("myarchive.org").reason());
        assertEquals(HostCheck.Result.OTHER_ADDRESS, run("mcas.ms.example.com").reason());
    }

    @ParameterizedTest(name = "{0} is a local copy")
    @CsvSource({"localhost", "127.0.0.1", "127.0.1.1", "app.localhost", "[::1]"})
    void localhostIsAllowedForDevelopment(String host) {
        Finding f = run(host);
        assertEquals(HostCheck.Result.LOCAL, f.reason());
        assertEquals(Outcome.OK, f.outcome());
    }

    @Test
    void theExpectedHostIsOkAndCaseDoesNotMatter() {
        assertEquals(HostCheck.Result.EXPECTED, run("QuietRoom.App").reason());
        Finding f = check.run(SnapshotFixtures.plainHttps().hostname("help.example.org")
                .expectedHosts(List.of("quietroom.app", "Help.Example.org")).build());
        assertEquals(HostCheck.Result.EXPECTED, f.reason());
    }

    @Test
    void anotherAddressIsOnlyWorthALookAndNamesTheHost() {
        Finding f = run("copy.example.net");
        assertEquals(HostCheck.Result.OTHER_ADDRESS, f.reason());
        assertEquals(Outcome.CAUTION, f.outcome());
        assertEquals(List.of("copy.example.net"), f.evidence());
        // A sub-domain of the expected host is another address too: the list names hosts, not domains.
        assertEquals(HostCheck.Result.OTHER_ADDRESS, run("www.quietroom.app").reason());
    }

    @Test
    void withoutAListOnlyKnownServicesAreJudged() {
        assertEquals(HostCheck.Result.NO_LIST, withoutList("x.example").reason());
        assertEquals(HostCheck.Result.SESSION_PROXY, withoutList("a.mcas.ms").reason());
    }

    @Test
    void aFileAndASilentBrowserAreNotGuessed() {
        assertEquals(HostCheck.Result.LOCAL_FILE,
                check.run(SnapshotFixtures.plainHttps().protocol("file:").hostname("").build()).reason());
        assertEquals(Outcome.UNKNOWN, check.run(SnapshotFixtures.silent().build()).outcome());
    }
}
