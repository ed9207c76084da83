/** Errors of the API as RFC 9457 problem details: the right 4xx with the fields to fix, or a 500 with an incident id. */
package org.fingertip.web.problem;
