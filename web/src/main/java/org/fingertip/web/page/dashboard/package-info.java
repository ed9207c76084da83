/** The pages of the supervisor's dashboard and of the comparison: tables readable without JavaScript, charts with it. */
package org.fingertip.web.page.dashboard;
