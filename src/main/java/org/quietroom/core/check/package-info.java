/**
 * The checks: one small class each, with a closed set of results ({@code Result} enums) and its own test.
 * {@link org.quietroom.core.check.Checks#ALL} is the single registry.
 */
package org.quietroom.core.check;
