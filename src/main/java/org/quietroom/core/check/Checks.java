package org.quietroom.core.check;

import java.util.ArrayList;
import java.util.List;
import org.quietroom.core.Check;
import org.quietroom.core.Finding;
import org.quietroom.core.Snapshot;

/**
 * The registry of checks, in the order the page shows them: first where the page comes from and whether it
 * arrived intact, then what could be watching inside this browser, then what the visit leaves behind, then the
 * purely informational ones.
 */
public final class Checks {
    public static final List<Check> ALL = List.of(
            new ConnectionCheck(),
            new HostCheck(),
            new FramingCheck(),
            new PageIntegrityCheck(),
            new InjectedContentCheck(),
            new InAppBrowserCheck(),
            new AutomationCheck(),
            new VisitTracesCheck(),
            new PrivateWindowCheck(),
            new HardenedBrowserCheck(),
            new BrowserOsCheck());

    private Checks() {
    }

    /** Runs every check on one snapshot. */
    public static List<Finding> runAll(Snapshot snapshot) {
        List<Finding> findings = new ArrayList<>(ALL.size());
        for (Check check : ALL) {
            findings.add(check.run(snapshot));
        }
        return findings;
    }
}
