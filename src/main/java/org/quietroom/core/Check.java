package org.quietroom.core;

/** One thing the page can honestly check about itself. A pure function of the snapshot. */
public interface Check {
    /** Stable id, used verbatim as {@code data-check} in the page and in message keys. */
    String id();

    /** Every reason this check can report: its closed set of outcomes. */
    Reason[] reasons();

    Finding run(Snapshot snapshot);
}
