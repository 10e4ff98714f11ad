package org.quietroom.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quietroom.core.view.Trees.ENGLISH;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietroom.core.apps.AppKind;
import org.quietroom.core.apps.AppMatch;
import org.quietroom.core.apps.AppTable;

class AppResultViewTest {
    static final AppTable TABLE = AppTable.parse(
            "s\tTheTruthSpy\tCopy9|GuestSpy\tcom.systemservice\t\n"
            + "w\tLife360\t\tcom.life360.android.safetymapd\t\n");

    static Node only(String typed) {
        List<AppMatch> matches = TABLE.lookup(typed);
        assertEquals(1, matches.size(), typed);
        return AppResultView.of(matches.get(0), TABLE, ENGLISH);
    }

    @Test
    void aListedStalkerwareAppIsNamedWithItsOtherNamesAndWhatToDoFirst() {
        Node box = only("GuestSpy");
        assertEquals(AppKind.STALKERWARE.attribute(), box.attribute("data-kind"));
        assertEquals("TheTruthSpy", box.attribute("data-app"));
        assertEquals("", box.attribute("data-app-result"));
        assertTrue(box.attribute("class").contains("finding--risk"));
        Node heading = box.children().get(0);
        assertEquals("h3", heading.tag());
        assertEquals("bdi", heading.children().get(1).tag(), "the name, kept apart from the sentence's direction");
        assertEquals("TheTruthSpy", heading.children().get(1).allText());
        assertTrue(box.allText().contains("Copy9, GuestSpy"));
        assertTrue(box.allText().contains(ENGLISH.get("apps.result.first-reset")));
        assertTrue(box.allText().contains(ENGLISH.get("apps.result.stalkerware-ios")));
    }

    @Test
    void aListedWatchingAppIsACaution() {
        Node box = only("life360");
        assertEquals(AppKind.WATCHWARE.attribute(), box.attribute("data-kind"));
        assertTrue(box.attribute("class").contains("finding--caution"));
        assertTrue(box.allText().contains(ENGLISH.get("apps.result.watchware-not-agreed")));
    }

    @Test
    void noMatchSaysHowBigTheListIsAndNamesNoApp() {
        Node box = only("a calculator");
        assertEquals(AppKind.NO_MATCH.attribute(), box.attribute("data-kind"));
        assertNull(box.attribute("data-app"));
        assertTrue(box.attribute("class").contains("finding--unknown"));
        assertTrue(box.allText().contains(Integer.toString(TABLE.size())));
    }
}
