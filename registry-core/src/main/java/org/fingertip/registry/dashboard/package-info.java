/** The supervisor's dashboard: the figures of a jurisdiction and of its divisions side by side, each the total of a list. */
package org.fingertip.registry.dashboard;
