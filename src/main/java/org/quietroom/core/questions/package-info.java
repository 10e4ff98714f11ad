/**
 * The guided questions: what they are, which ones to show given the answers so far, and the answers as an
 * immutable value. Every question is optional; a skipped question is simply not in {@link
 * org.quietroom.core.questions.Answers}, and the plan is written from whatever was answered.
 */
package org.quietroom.core.questions;
