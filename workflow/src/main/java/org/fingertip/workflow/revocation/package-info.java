/** Revocation of a filing through the engine: the core's one use case, then the end of the processes it ended. */
package org.fingertip.workflow.revocation;
