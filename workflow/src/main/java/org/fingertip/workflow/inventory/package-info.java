/** BacklogSweepProcess: the daily sweep of the inventory's backlog, a batch per job, and the service that runs it. */
package org.fingertip.workflow.inventory;
