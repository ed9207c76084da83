/** The case diagram: a process drawn as SVG from its own BPMN diagram interchange, with the steps passed and current. */
package org.fingertip.workflow.diagram;
