package org.quietroom.core.questions;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of ids in sorted order ({@link String#compareTo}), for {@link Answers}: a sorted array, not a
 * {@code TreeSet}, so that TeaVM does not compile a red-black tree, its iterators and the unmodifiable wrappers
 * into both tier scripts for sets of a handful of ids. It is a {@link java.util.Set} like any other: equal to,
 * and with the hash code of, any set with the same ids.
 */
final class IdSet extends AbstractSet<String> {
    static final IdSet EMPTY = new IdSet(new String[0]);

    private final String[] ids;

    private IdSet(String[] sortedUniqueIds) {
        this.ids = sortedUniqueIds;
    }

    /** The set of these ids, whatever their order and repeats; none may be null. */
    static IdSet of(String... ids) {
        IdSet set = EMPTY;
        for (String id : ids) {
            set = set.plus(id);
        }
        return set;
    }

    /** Where {@code id} is, or {@code -(insertion point) - 1} when it is absent. */
    private int find(String id) {
        int low = 0;
        int high = ids.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = ids[mid].compareTo(id);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -low - 1;
    }

    /** The index of {@code id} in iteration order, or a negative number when it is absent. */
    int indexOf(String id) {
        return id == null ? -1 : find(id);
    }

    String at(int index) {
        return ids[index];
    }

    /** This set with {@code id} added. */
    IdSet plus(String id) {
        int at = find(id);
        if (at >= 0) {
            return this;
        }
        at = -at - 1;
        String[] next = new String[ids.length + 1];
        System.arraycopy(ids, 0, next, 0, at);
        next[at] = id;
        System.arraycopy(ids, at, next, at + 1, ids.length - at);
        return new IdSet(next);
    }

    /** This set without {@code id}. */
    IdSet minus(String id) {
        int at = indexOf(id);
        if (at < 0) {
            return this;
        }
        String[] next = new String[ids.length - 1];
        System.arraycopy(ids, 0, next, 0, at);
        System.arraycopy(ids, at + 1, next, at, ids.length - at - 1);
        return new IdSet(next);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String && find((String) o) >= 0;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<String>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public String next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }
}
