/**
 * Re-checks started in bulk, in the background on the engine's job executor: RecheckCampaignProcess starts a
 * campaign's re-checks a batch per job, RecheckCycleProcess wakes on a timer and starts the re-checks that fell due.
 */
package org.fingertip.workflow.campaign;
