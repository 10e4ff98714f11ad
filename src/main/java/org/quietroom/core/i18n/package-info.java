/** Which language to show, chosen without storing anything. */
package org.quietroom.core.i18n;
