/** Notifications on the web: the REST API of the caller's notification centre, and their emails through Spring Mail. */
package org.fingertip.web.notification;
