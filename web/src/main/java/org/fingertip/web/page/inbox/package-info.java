/** The inbox pages: 待办, 已办 and 抄送 with their filters and counts, and one task with its hand-overs and history. */
package org.fingertip.web.page.inbox;
