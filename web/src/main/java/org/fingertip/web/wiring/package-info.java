/** Explicit wiring of the plain-Java core into Spring, and the configuration values it reads. */
package org.fingertip.web.wiring;
