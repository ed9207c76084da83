/** The record of human work, its reminders, history, copies and comment threads on MyBatis. */
package org.fingertip.db.work;
