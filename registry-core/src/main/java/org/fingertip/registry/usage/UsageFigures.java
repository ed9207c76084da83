package org.fingertip.registry.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** The checked facts of one app in one month; two months are "the same" when their figures are equal. */
public record UsageFigures(YearMonth month, long monthlyActiveUsers, long audienceSize, LocalDate lastUpdate,
                           LocalDate lastPost, boolean servicesAnswer) {

    public UsageFigures {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        Objects.requireNonNull(lastPost, "lastPost");
    }
}
