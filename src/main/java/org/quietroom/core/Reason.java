package org.quietroom.core;

/**
 * One possible result of one check. Each check declares its reasons as an enum, so the set of things a check
 * can say is closed and visible in one place; the catalog holds the words for each.
 */
public interface Reason {
    Outcome outcome();

    /** The last part of the message key: {@code check.<check id>.<key>}. */
    String key();
}
