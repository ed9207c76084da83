package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.form.FormSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class DisplayTest {
    // Thursday 2026-11-26 10:00 in Asia/Shanghai.
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    private final StaticMessageSource messages = new StaticMessageSource();
    private final Display display = new Display(messages, new WorkingCalendar(List.of()),
            Clock.fixed(NOW, ZoneOffset.UTC), 2);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void dueStateIsOverduePastTheDueTimeAndSoonWithinTwoWorkingDays() {
        assertThat(display.dueState(null)).isEqualTo("none");
        assertThat(display.dueState(NOW.minusSeconds(1))).isEqualTo("overdue");
        assertThat(display.dueState(Instant.parse("2026-11-26T15:59:59Z"))).as("end of today").isEqualTo("soon");
        // Two working days after Thursday is Monday: the weekend does not count.
        assertThat(display.dueState(Instant.parse("2026-11-30T15:59:59Z"))).as("end of Monday").isEqualTo("soon");
        assertThat(display.dueState(Instant.parse("2026-11-30T16:00:00Z"))).as("Tuesday").isEqualTo("ok");
    }

    @Test
    void timesAreShownInShanghai() {
        assertThat(display.time(Instant.parse("2026-11-26T16:30:00Z"))).isEqualTo("2026-11-27 00:30");
        assertThat(display.date(Instant.parse("2026-11-26T16:30:00Z"))).isEqualTo("2026-11-27");
        assertThat(display.time(null)).isEmpty();
    }

    @Test
    void labelsComeFromTheDomainUnlessTheBundleHasOne() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(display.label(AppStatus.RETURNED)).isEqualTo("已退回");
        assertThat(display.label(FormSection.HANDLER)).isEqualTo("三、经办人");
        assertThat(display.label(Decision.APPROVE)).isEqualTo("通过");
        assertThat(display.label(Plain.NAMED)).as("no domain label, no message").isEqualTo("NAMED");
        messages.addMessage("enum.AppStatus.RETURNED", Locale.ENGLISH, "Returned");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(display.label(AppStatus.RETURNED)).isEqualTo("Returned");
    }

    @Test
    void fieldPathsBecomeElementIdsAndLabelsWithTheRowNumber() {
        assertThat(display.fieldId("handler.phone")).isEqualTo("f-handler-phone");
        assertThat(display.fieldId("functions[2].name")).isEqualTo("f-functions-2-name");
        assertThat(display.fieldId("gaps")).isEqualTo("f-gaps");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        messages.addMessage("field.functions.name", Locale.SIMPLIFIED_CHINESE, "功能名称");
        messages.addMessage("field.row", Locale.SIMPLIFIED_CHINESE, "第 {0} 行 {1}");
        assertThat(display.fieldLabel("functions[2].name")).isEqualTo("第 3 行 功能名称");
        assertThat(display.fieldLabel("unknown.path")).isEqualTo("unknown.path");
    }

    /** An enum with neither a domain label nor a message. */
    enum Plain {
        NAMED
    }
}
