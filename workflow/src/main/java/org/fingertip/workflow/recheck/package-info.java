/** The periodic re-check on the engine: the decision table RecheckVerdict and what evaluates it. */
package org.fingertip.workflow.recheck;
