/**
 * Pages of one app's re-check (回头看): the running re-check with its verdict, reasons, facts and history, and the step
 * the viewer may take — start it, answer the self-inspection, confirm the verdict, appeal, decide the appeal.
 */
package org.fingertip.web.page.recheck;
