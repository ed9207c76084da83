/**
 * The administrator's changes that reach into the engine: merging a unit (its open tasks and process variables), a
 * leaver's tasks handed over, and the durations of tasks created from now on.
 */
package org.fingertip.workflow.admin;
