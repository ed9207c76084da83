package org.fingertip.workflow.diagram;

import java.time.Instant;

/**
 * One process instance of an app's case, running or ended, for choosing which diagram to show.
 *
 * @param id                   the engine's process instance id
 * @param processDefinitionKey which process ({@code AppFilingProcess}, {@code LedgerItemProcess} …)
 * @param processName          its Chinese name, from the BPMN
 * @param endTime              null while it runs
 * @param active               true while it runs
 */
public record CaseInstance(String id, String processDefinitionKey, String processName, Instant startTime,
                           Instant endTime, boolean active) {
}
