/**
 * Advocate links: a preset (organisation, contacts, language, title, quick-exit target, sections, message)
 * carried in the URL fragment, so it never reaches a server: browsers do not send the fragment in requests
 * (RFC 3986 §3.5), and the page stores nothing.
 *
 * <h2>Who can write a link</h2>
 * Anyone. A link is not signed, so a preset is treated as a stranger's input: every field is checked
 * ({@link org.quietroom.core.preset.Preset.Builder#build()}), the page shows its contacts as "added by whoever
 * sent you this link", and any invalid field rejects the whole preset. The page then shows its defaults and
 * one plain sentence ({@code preset.error}). Dropping only the bad field was rejected: half a preset could
 * pair a stranger's number with a trusted organisation's name.
 *
 * <h2>Wire format, version 1</h2>
 * <pre>
 * fragment = "q1" payload-b64         ; at most 2048 characters, without the "#"
 * payload-b64 = base64url(payload)     ; RFC 4648 §5, no "=" padding, canonical (§3.5)
 * payload  = *field
 * field    = tag length value
 * tag      = 1 byte
 * length   = 1 or 2 bytes, unsigned LEB128, shortest form, 1..16383
 * value    = length bytes: UTF-8 text (RFC 3629), or one byte for sections
 * </pre>
 * <table>
 *   <caption>Tags</caption>
 *   <tr><th>Tag</th><th>Field</th><th>Value</th><th>Limit</th></tr>
 *   <tr><td>0x01</td><td>organisation</td><td>text</td><td>80</td></tr>
 *   <tr><td>0x02</td><td>language</td><td>language tag, e.g. {@code es}, {@code pt-BR}</td><td>7</td></tr>
 *   <tr><td>0x03</td><td>exit target</td><td>{@code https://} address</td><td>200</td></tr>
 *   <tr><td>0x04</td><td>page title</td><td>text</td><td>60</td></tr>
 *   <tr><td>0x05</td><td>sections</td><td>1 byte: 1 = counselling only, 2 = abuse only</td><td></td></tr>
 *   <tr><td>0x06</td><td>message</td><td>text</td><td>500</td></tr>
 *   <tr><td>0x10</td><td>contact label; starts a new contact</td><td>text</td><td>40</td></tr>
 *   <tr><td>0x11</td><td>phone of that contact</td><td>number</td><td>3–20 digits</td></tr>
 *   <tr><td>0x12</td><td>SMS of that contact</td><td>number</td><td>3–20 digits</td></tr>
 *   <tr><td>0x13</td><td>web address of that contact</td><td>{@code https://} address</td><td>200</td></tr>
 *   <tr><td>0x14</td><td>hours of that contact</td><td>text</td><td>60</td></tr>
 * </table>
 * Text limits count code points. Fields 0x01–0x06 come first, in ascending tag order, each at most once; then
 * up to five contacts, each a 0x10 followed by any of 0x11–0x14 in ascending order. Absent fields are not
 * written: no field is empty, and "both sections" (the default) is written by leaving 0x05 out. Anything else
 * (an unknown tag, a repeat, a wrong order, a trailing partial field, a longer-than-needed length, malformed
 * UTF-8) is {@link org.quietroom.core.preset.PresetError#MALFORMED}. Being this strict gives each preset one
 * encoding, so a decoded link re-encodes to itself. A new field or rule means a new version, {@code "q2"};
 * a page that meets a version it does not know reports
 * {@link org.quietroom.core.preset.PresetError#UNSUPPORTED_VERSION}. A fragment that is not {@code q}
 * followed by a digit is not a preset at all (an in-page anchor), so page element ids must never look like
 * one.
 *
 * <h2>Field rules</h2>
 * Text: {@link org.quietroom.core.preset.PresetText}. Phone and SMS:
 * {@link org.quietroom.core.preset.PhoneNumber}. Addresses: {@link org.quietroom.core.preset.HttpsUrl}.
 * Language: {@link org.quietroom.core.preset.LanguageTag}. Limits:
 * {@link org.quietroom.core.preset.PresetLimits}.
 */
package org.quietroom.core.preset;
