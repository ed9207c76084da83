/** The inbox: open human tasks of every process, what each asks for, and claiming them. */
package org.fingertip.workflow.task;
