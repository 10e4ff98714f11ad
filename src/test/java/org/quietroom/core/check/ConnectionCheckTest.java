package org.quietroom.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quietroom.core.Finding;
import org.quietroom.core.Outcome;
import org.quietroom.core.SnapshotFixtures;
import org.quietroom.core.Tri;

class ConnectionCheckTest {
    private final ConnectionCheck check = new ConnectionCheck();

    @ParameterizedTest(name = "{0}//{1} secure={2} -> {3}")
    @CsvSource({
        "https:, quietroom.app, YES,     ENCRYPTED",
        "https:, quietroom.app, UNKNOWN, ENCRYPTED",
        "http:,  quietroom.app, NO,      NOT_ENCRYPTED",
        "http:,  quietroom.app, UNKNOWN, NOT_ENCRYPTED",
        "http:,  localhost,     YES,     LOCAL_COPY",
        "http:,  127.0.0.1,     YES,     LOCAL_COPY",
        "http:,  localhost,     UNKNOWN, UNKNOWN",
        "file:,  '',            YES,     LOCAL_FILE",
        "https:, quietroom.app, NO,      NOT_ENCRYPTED",
        "'',     '',            UNKNOWN, UNKNOWN",
    })
    void classifiesProtocolAndSecureContext(String protocol, String host, Tri secure, ConnectionCheck.Result expected) {
        Finding f = check.run(SnapshotFixtures.plainHttps().protocol(protocol).hostname(host).secureContext(secure).build());
        assertEquals(expected, f.reason());
        assertEquals(ConnectionCheck.ID, f.check());
    }

    @Test
    void plainHttpNamesTheHostAsEvidence() {
        Finding f = check.run(SnapshotFixtures.plainHttps().protocol("http:").hostname("example.org")
                .secureContext(Tri.NO).build());
        assertEquals(Outcome.RISK, f.outcome());
        assertEquals(java.util.List.of("example.org"), f.evidence());
        assertEquals("check.connection.not-encrypted", f.messageKey());
    }

    @Test
    void aSilentBrowserIsUnknownNeverOk() {
        assertEquals(Outcome.UNKNOWN, check.run(SnapshotFixtures.silent().build()).outcome());
    }
}
