package org.fingertip.web.page;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.shared.Labelled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the templates call as {@code @display}: labels of enums in the request's language, times in Asia/Shanghai,
 * the due state of a task, and the element id and label of a form field named by its dotted path.
 */
@Component("display")
public class Display {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingCalendar.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(WorkingCalendar.ZONE);

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");

    private final MessageSource messages;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int dueSoonWorkingDays;

    public Display(MessageSource messages, WorkingCalendar calendar, Clock clock,
                   @Value("${fingertip.pages.due-soon-working-days:2}") int dueSoonWorkingDays) {
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /**
     * The label of an enum constant: {@code enum.<Type>.<NAME>} from the bundle if present, else the domain's own
     * Chinese label. The domain stays the single source of the Chinese labels; other languages override them.
     */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        String text = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
        if (text != null) {
            return text;
        }
        if (value instanceof Labelled l) {
            return l.label();
        }
        return value.name();
    }

    /** A message of the bundle in the request's language. */
    public String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** Date and time in Asia/Shanghai, to the minute; empty for none. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The date in Asia/Shanghai; empty for none. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /**
     * {@code overdue} past the due time; {@code soon} when due within the configured number of working days (the
     * reminder period of DOMAIN.md, default 2); {@code ok} otherwise; {@code none} without a due date.
     */
    public String dueState(Instant due) {
        if (due == null) {
            return "none";
        }
        Instant now = clock.instant();
        if (due.isBefore(now)) {
            return "overdue";
        }
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate dueDay = due.atZone(WorkingCalendar.ZONE).toLocalDate();
        return dueDay.isAfter(calendar.addWorkingDays(today, dueSoonWorkingDays)) ? "ok" : "soon";
    }

    /** The element id of the input for a dotted path: {@code functions[2].name} → {@code f-functions-2-name}. */
    public String fieldId(String path) {
        return idOf(path);
    }

    static String idOf(String path) {
        return "f-" + path.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }

    /**
     * The label of a field for the error summary: {@code field.<path without indices>}, with the row number for a
     * field of a list row ("第 3 行 功能名称").
     */
    public String fieldLabel(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        Matcher row = ROW.matcher(path);
        String key = "field." + path.replaceAll("\\[\\d+]", "");
        String label = messages.getMessage(key, null, path, LocaleContextHolder.getLocale());
        if (row.find()) {
            int number = Integer.parseInt(row.group(1)) + 1;
            return messages.getMessage("field.row", new Object[]{number, label}, LocaleContextHolder.getLocale());
        }
        return label;
    }
}
