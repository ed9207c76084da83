/** The supervisor's dashboard and the comparison of divisions as JSON, every figure with the list it is the total of. */
package org.fingertip.web.dashboard;
