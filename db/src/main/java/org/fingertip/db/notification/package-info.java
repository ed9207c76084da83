/** Notifications on MyBatis: one row per user and event, the outbox of their emails, and who a recipient is. */
package org.fingertip.db.notification;
