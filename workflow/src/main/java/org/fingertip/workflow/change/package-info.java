/** AppChangeProcess: its delegates and the service that files, revises, withdraws and decides change filings. */
package org.fingertip.workflow.change;
