/** The page of a user's notices (通知): escalations to its groups, newest first, marked read one by one. */
package org.fingertip.web.page.notice;
