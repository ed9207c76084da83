/** AppExitProcess: its thin delegates, the due dates of its tasks, and ExitWorkflow, which drives it. */
package org.fingertip.workflow.exit;
