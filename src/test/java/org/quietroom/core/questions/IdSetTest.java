package org.quietroom.core.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** IdSet, the sorted array behind {@link Answers}, against the TreeSet it replaced. */
class IdSetTest {
    private static final String[] IDS = {"own", "shared", "work", "public", "a", "b", "aa", "", "Z", "device"};

    @Test
    void behavesLikeATreeSetUnderRandomAddsAndRemoves() {
        Random random = new Random(10);
        for (int run = 0; run < 2000; run++) {
            TreeSet<String> expected = new TreeSet<>();
            IdSet actual = IdSet.EMPTY;
            for (int step = 0; step < 12; step++) {
                String id = IDS[random.nextInt(IDS.length)];
                if (random.nextInt(3) == 0) {
                    expected.remove(id);
                    actual = actual.minus(id);
                } else {
                    expected.add(id);
                    actual = actual.plus(id);
                }
                assertEquals(new ArrayList<>(expected), new ArrayList<>(actual), "order and contents");
                assertEquals(expected, actual);
                assertEquals(actual, expected);
                assertEquals(expected.hashCode(), actual.hashCode());
                assertEquals(expected.toString(), actual.toString());
                for (String probe : IDS) {
                    assertEquals(expected.contains(probe), actual.contains(probe), probe);
                    List<String> order = new ArrayList<>(expected);
                    assertEquals(order.indexOf(probe) >= 0, actual.indexOf(probe) >= 0, probe);
                    if (order.contains(probe)) {
                        assertEquals(probe, actual.at(order.indexOf(probe)));
                    }
                }
            }
        }
    }

    @Test
    void ofSortsAndDropsRepeats() {
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(IdSet.of("c", "a", "b", "a")));
        assertSame(IdSet.EMPTY, IdSet.of());
        assertFalse(IdSet.of("a").contains(null));
        assertFalse(IdSet.of("a").contains(1));
        assertTrue(IdSet.of("a").indexOf(null) < 0);
    }

    @Test
    void addingWhatIsThereOrRemovingWhatIsNotChangesNothing() {
        IdSet set = IdSet.of("a", "b");
        assertSame(set, set.plus("a"));
        assertSame(set, set.minus("c"));
        assertSame(set, set.minus(null));
    }

    @Test
    void cannotBeChanged() {
        Set<String> set = IdSet.of("a", "b");
        assertThrows(UnsupportedOperationException.class, () -> set.add("c"));
        assertThrows(UnsupportedOperationException.class, () -> set.remove("a"));
        assertThrows(UnsupportedOperationException.class, set::clear);
        Iterator<String> it = set.iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
        it.next();
        assertThrows(NoSuchElementException.class, it::next);
        assertEquals(Set.of("a", "b"), set);
    }
}
