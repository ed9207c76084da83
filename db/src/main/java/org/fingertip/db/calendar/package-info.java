/** Holiday arrangements added while running, on MyBatis. */
package org.fingertip.db.calendar;
