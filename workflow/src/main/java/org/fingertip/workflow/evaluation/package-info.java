/** Evaluation feedback that calls for action: burden reports over the threshold open a ledger item. */
package org.fingertip.workflow.evaluation;
