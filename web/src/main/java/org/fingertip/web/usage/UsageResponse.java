package org.fingertip.web.usage;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.fingertip.registry.usage.UsageMonth;

/** One month of an app's usage facts; {@code changed} only in the answer to a PUT (false: the same values again). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UsageResponse(long appId, String month, long monthlyActiveUsers, long audienceSize, LocalDate lastUpdate,
                     LocalDate lastPost, boolean servicesAnswer, String recordedBy, Instant recordedAt,
                     Boolean changed) {

    static UsageResponse of(UsageMonth m, Boolean changed) {
        return new UsageResponse(m.appId(), m.month().toString(), m.monthlyActiveUsers(), m.audienceSize(),
                m.lastUpdate(), m.lastPost(), m.servicesAnswer(), m.recordedBy(), m.recordedAt(), changed);
    }
}
