/** AppFilingProcess: its delegates, due dates and the service that submits, decides and withdraws through it. */
package org.fingertip.workflow.filing;
