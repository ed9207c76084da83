/** The holiday calendar by year: reading it, and an administrator adding or correcting a year's arrangement. */
package org.fingertip.web.calendar;
