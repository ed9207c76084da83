package org.fingertip.registry.calendar;

import java.time.Instant;
import java.util.List;

/** The holiday arrangements added while running (a port); they take precedence over the bundled ones. */
public interface HolidayYears {

    List<HolidayYear> all();

    /** Stores the year's arrangement, replacing the one stored before. */
    void save(HolidayYear year, String by, Instant at);
}
