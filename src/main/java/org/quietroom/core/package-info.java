/**
 * Pure logic. Takes one {@link org.quietroom.core.Snapshot} of what the browser showed and returns findings,
 * questions and the plan as values. No browser API, no clock, no randomness, no I/O: everything here runs
 * unchanged on the JVM under JUnit and in the browser after TeaVM compiles it. Wording is never here: values
 * carry message keys that the catalogs in {@code src/main/messages} translate.
 */
package org.quietroom.core;
