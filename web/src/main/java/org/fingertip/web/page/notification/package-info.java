/** The page of a user's notifications (通知) and the unread count in every page's header. */
package org.fingertip.web.page.notification;
