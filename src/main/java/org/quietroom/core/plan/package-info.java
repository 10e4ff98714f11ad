/**
 * The safety plan: one decision about this device now (continue here, use another device, come back later) and
 * ordered steps, written from the checks' findings, the answers and the platform by the pure
 * {@link org.quietroom.core.plan.PlanWriter}. Steps that could be noticed by the person someone worries about say
 * so and carry a gentler alternative; steps that look at something come before steps that change something.
 */
package org.quietroom.core.plan;
