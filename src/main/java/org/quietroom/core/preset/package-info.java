/**
 * Advocate links: a preset (organisation, contacts, language, title, quick-exit target, country, message)
 * carried in the URL fragment, so it never reaches a server: browsers do not send the fragment in requests
 * (RFC 3986 §3.5), and the page stores nothing.
 *
 * <h2>Who can write a link</h2>
 * Anyone. A link is not signed, so a preset is treated as a stranger's input: every field is checked
 * ({@link org.quietroom.core.preset.Preset.Builder#build()}), the page shows its contacts as "added by whoever
 * sent you this link" beside its built-in helplines, and any invalid field rejects the whole preset. The page
 * then shows its defaults and one plain sentence ({@code preset.error}). Dropping only the bad field was
 * rejected: half a preset could pair a stranger's number with a trusted organisation's name. The one exception
 * is the quick exit's target ({@link org.quietroom.core.preset.ExitRule}): it names no one, and the page's
 * default is always a good replacement, so a refused exit is dropped alone ({@code preset.exit-refused}).
 *
 * <h2>Wire format, version 2</h2>
 * <pre>
 * fragment = "q2" payload-b64         ; at most 2048 characters, without the "#"
 * payload-b64 = base64url(payload)     ; RFC 4648 §5, no "=" padding, canonical (§3.5)
 * payload  = *field
 * field    = tag length value
 * tag      = 1 byte
 * length   = 1 or 2 bytes, unsigned LEB128, shortest form, 1..16383
 * value    = length bytes of UTF-8 text (RFC 3629)
 * </pre>
 * <table>
 *   <caption>Tags</caption>
 *   <tr><th>Tag</th><th>Field</th><th>Value</th><th>Limit</th></tr>
 *   <tr><td>0x01</td><td>organisation</td><td>a name ({@link org.quietroom.core.preset.NameRules})</td><td>80</td></tr>
 *   <tr><td>0x02</td><td>language</td><td>language tag, e.g. {@code es}, {@code pt-BR}</td><td>7</td></tr>
 *   <tr><td>0x03</td><td>exit address</td><td>{@code https://} address ({@link org.quietroom.core.preset.ExitRule})</td><td>200</td></tr>
 *   <tr><td>0x04</td><td>page title</td><td>text</td><td>60</td></tr>
 *   <tr><td>0x06</td><td>message</td><td>text</td><td>500</td></tr>
 *   <tr><td>0x07</td><td>exit id</td><td>an id of {@link org.quietroom.core.preset.ExitSites}</td><td></td></tr>
 *   <tr><td>0x08</td><td>country</td><td>ISO 3166-1 alpha-2 ({@link org.quietroom.core.preset.CountryCode})</td><td>2</td></tr>
 *   <tr><td>0x10</td><td>contact name; starts a new contact</td><td>a name</td><td>40</td></tr>
 *   <tr><td>0x11</td><td>phone of that contact</td><td>number</td><td>3–20 digits</td></tr>
 *   <tr><td>0x12</td><td>SMS of that contact</td><td>number</td><td>3–20 digits</td></tr>
 *   <tr><td>0x13</td><td>web address of that contact</td><td>{@code https://} address, no {@code xn--}</td><td>200</td></tr>
 *   <tr><td>0x14</td><td>hours of that contact</td><td>text</td><td>60</td></tr>
 * </table>
 * Text limits count code points. Fields 0x01–0x08 come first, in ascending tag order, each at most once, and
 * never both 0x03 and 0x07; then up to five contacts, each a 0x10 followed by any of 0x11–0x14 in ascending
 * order. Absent fields are not written: no field is empty. Anything else (an unknown tag, a repeat, a wrong
 * order, a trailing partial field, a longer-than-needed length, malformed UTF-8) is
 * {@link org.quietroom.core.preset.PresetError#MALFORMED}. Being this strict gives each preset one encoding, so a
 * decoded link re-encodes to itself. A new field or rule means a new version, {@code "q3"}; a page that meets a
 * version it does not know reports {@link org.quietroom.core.preset.PresetError#UNSUPPORTED_VERSION}. A
 * fragment that is not {@code q} followed by a digit is not a preset at all (an in-page anchor), so page element
 * ids must never look like one.
 *
 * <h2>Version 1</h2>
 * {@code "q1"}: the same fields without 0x07 and 0x08, plus 0x05 "sections" (one byte: 1 counselling only, 2
 * abuse only), which nothing used. Version 1 links are still read, with version 2's rules; 0x05 is read and
 * ignored, and a refused exit is dropped as in version 2.
 *
 * <h2>Field rules</h2>
 * Text: {@link org.quietroom.core.preset.PresetText}. Phone and SMS:
 * {@link org.quietroom.core.preset.PhoneNumber}. Addresses: {@link org.quietroom.core.preset.HttpsUrl}.
 * Language: {@link org.quietroom.core.preset.LanguageTag}. Limits:
 * {@link org.quietroom.core.preset.PresetLimits}.
 */
package org.quietroom.core.preset;
