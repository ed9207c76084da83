/** The processes on the embedded engine: BPMN under resources/bpmn, thin delegates, and the services that drive them. */
package org.fingertip.workflow;
