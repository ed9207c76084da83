/**
 * Pages of clearance and exit (清理退出): one app's exit with the step the viewer may take, the exits of a jurisdiction
 * with the figures of clearance, and the public notices (公告).
 */
package org.fingertip.web.page.exit;
