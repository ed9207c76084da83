package org.fingertip.registry.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.testing.Calendars;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {
    private final TaskDeadlines deadlines = new TaskDeadlines(Calendars.china2026Calendar(), DeadlineSettings.defaults());

    private static Instant at(String day, int hour) {
        return ZonedDateTime.of(LocalDate.parse(day), LocalTime.of(hour, 0), WorkingCalendar.ZONE).toInstant();
    }

    @Test
    void theReminderIsAtTheOpeningOfTheSecondWorkingDayBeforeTheDueDay() {
        Instant due = deadlines.due(at("2026-03-02", 10), 10);
        assertThat(due).isEqualTo(WorkingCalendar.endOfDay(LocalDate.parse("2026-03-16")));
        assertThat(deadlines.followUp(at("2026-03-02", 10), due)).isEqualTo(at("2026-03-12", 9));
    }

    @Test
    void aReminderThatWouldComeBeforeTheTaskExistedComesWhenItIsCreated() {
        Instant created = at("2026-03-02", 15);
        Instant due = deadlines.due(created, 1);
        assertThat(deadlines.followUp(created, due)).isEqualTo(created);
    }

    @Test
    void dueStatesFollowTheReminderAndTheDueDate() {
        Instant created = at("2026-03-02", 10);
        Instant due = deadlines.due(created, 5);
        Instant followUp = deadlines.followUp(created, due);
        assertThat(deadlines.state(created, followUp, due)).isEqualTo(DueState.ON_TIME);
        assertThat(deadlines.state(followUp, followUp, due)).isEqualTo(DueState.DUE_SOON);
        assertThat(deadlines.state(due, followUp, due)).isEqualTo(DueState.DUE_SOON);
        assertThat(deadlines.state(due.plusSeconds(1), followUp, due)).isEqualTo(DueState.OVERDUE);
        assertThat(DueState.of(created, null, null)).isEqualTo(DueState.ON_TIME);
    }
}
