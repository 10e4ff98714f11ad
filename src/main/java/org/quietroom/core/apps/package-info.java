/**
 * The local app lookup ("Is this app watching me?", apps.html): a compact table of known stalkerware and
 * watchware apps, made at build time from Echap's stalkerware indicators, and a forgiving matcher. Pure: the
 * table arrives as one string.
 */
package org.quietroom.core.apps;
