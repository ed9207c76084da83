/** The working-day calendar: weekends, public holidays and adjusted working days (调休), and due dates on it. */
package org.fingertip.registry.calendar;
