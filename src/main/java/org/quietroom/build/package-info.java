/**
 * Build-time and serving tools that run on the JVM only (never compiled by TeaVM): the site builder, the
 * production headers (the one source for the server and every hosting configuration) and the small static
 * server used by {@code scripts/serve} and the tests.
 */
package org.quietroom.build;
