/** The re-check API of one app: start, self-inspection, confirmation, appeal; one re-check runs per app at a time. */
package org.fingertip.web.recheck;
