package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quietroom.core.check.HostCheck;

/** The catalog keys a finding names, derived in one place (issue 18): the page's renderer and the key tests use them. */
class FindingKeysTest {
    @Test
    void aFindingNamesItsSentenceTitleLimitsAndHarmlessExplanation() {
        Finding f = Finding.of(HostCheck.ID, HostCheck.Result.TRANSLATOR, "Google Translate", "x.translate.goog");
        assertEquals("check.host.translator", f.messageKey());
        assertEquals("check.host.translator.harmless", f.harmlessKey());
        assertEquals("check.host.title", f.titleKey());
        assertEquals("check.host.limits", f.limitsKey());
    }

    @Test
    void eachOutcomeNamesItsBadge() {
        assertEquals("outcome.risk", Outcome.RISK.labelKey());
        assertEquals("outcome.not-checked", Outcome.NOT_CHECKED.labelKey());
    }
}
