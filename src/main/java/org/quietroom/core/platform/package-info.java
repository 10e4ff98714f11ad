/**
 * Which browser and operating system the page runs in, read from the User-Agent string. Used only to tailor guided
 * self-checks (which menu to open); it carries no safety meaning, because a User-Agent string is easy to change.
 */
package org.quietroom.core.platform;
