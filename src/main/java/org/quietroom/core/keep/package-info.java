/**
 * Keeping a plan on purpose: the locked file's format (data only, read back by the site's open page), the
 * passphrase generator and strength estimate. Encryption itself happens in the browser with Web
 * Crypto; nothing here sees the key or the plan in clear, only bytes that are already encrypted (the estimate reads
 * the passphrase typed, and keeps nothing).
 */
package org.quietroom.core.keep;
