/**
 * Keeping a plan on purpose: the locked file's parameters, the rules for its passphrase, and filling its fixed
 * skeleton ({@code web/plan-file/}) with words and ciphertext. Encryption itself happens in the browser with Web
 * Crypto; nothing here sees the passphrase's key or the plan in clear, only bytes that are already encrypted.
 */
package org.quietroom.core.keep;
