/**
 * The imperative shell: the only code that touches the browser (TeaVM JSO). It reads the browser into one
 * {@link org.quietroom.core.Snapshot}, hands it to {@code core}, fills and reveals markup that the page already
 * has, and wires events. Every read is defensive: a missing or throwing API becomes "unknown", never a crash
 * and never a false "ok". No {@code @JSBody} here: under the page's CSP no string may become code.
 */
package org.quietroom.browser;
