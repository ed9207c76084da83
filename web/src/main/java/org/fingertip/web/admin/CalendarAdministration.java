package org.fingertip.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.calendar.HolidayYear;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.workflow.task.CalendarChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's holiday arrangement saved by an administrator, through the calendar's own service ({@link CalendarChanges},
 * which moves the open due dates of that year) and recorded; and the one-date-per-line text the page edits it as.
 */
@Service
@Transactional
public class CalendarAdministration {
    /** How a line names a day off and a weekend working day (调休); the English words are accepted too. */
    public static final String OFF = "休";
    public static final String WORK = "班";

    private final CalendarChanges changes;
    private final AdminLog log;

    public CalendarAdministration(CalendarChanges changes, AdminLog log) {
        this.changes = changes;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public Optional<HolidayYear> year(int year) {
        return changes.year(year);
    }

    public CalendarChanges.Outcome put(Actor actor, HolidayYear year) {
        AdminRules.requireAdmin(actor, "维护节假日安排");
        CalendarChanges.Outcome outcome = changes.put(actor, year);
        log.record(actor, AdminAction.CALENDAR_PUT, AdminObject.CALENDAR, String.valueOf(year.year()),
                year.year() + " 年：放假 " + year.offDays().size() + " 天、调休上班 " + year.workDays().size()
                        + " 天；重算待办期限 " + outcome.recomputed() + " 项");
        return outcome;
    }

    /** The arrangement as the page shows it: one date per line, in order, with its kind. */
    public static String text(HolidayYear year) {
        StringBuilder sb = new StringBuilder();
        Set<LocalDate> all = new TreeSet<>(year.offDays());
        all.addAll(year.workDays());
        for (LocalDate d : all) {
            sb.append(d).append(' ').append(year.workDays().contains(d) ? WORK : OFF).append('\n');
        }
        return sb.toString();
    }

    /**
     * The page's text as a year's arrangement: each non-empty line a date (yyyy-MM-dd) and its kind ({@value #OFF} or
     * OFF, {@value #WORK} or WORK); every bad line is reported beside the field {@code days} with its number.
     */
    public static HolidayYear parse(int year, String text) {
        Set<LocalDate> off = new TreeSet<>();
        Set<LocalDate> work = new TreeSet<>();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,，]+");
            String where = "第 " + (i + 1) + " 行“" + line + "”：";
            if (parts.length != 2) {
                errors.add(new FieldError("days", where + "应为“日期 类型”，例如 2027-02-11 休"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("days", where + "日期应写作 yyyy-MM-dd"));
                continue;
            }
            if (date.getYear() != year) {
                errors.add(new FieldError("days", where + "日期不属于 " + year + " 年"));
                continue;
            }
            String kind = parts[1];
            boolean isOff = OFF.equals(kind) || "OFF".equalsIgnoreCase(kind);
            boolean isWork = WORK.equals(kind) || "WORK".equalsIgnoreCase(kind);
            if (!isOff && !isWork) {
                errors.add(new FieldError("days", where + "类型应为“" + OFF + "”（放假）或“" + WORK + "”（调休上班）"));
            } else if (off.contains(date) || work.contains(date)) {
                errors.add(new FieldError("days", where + "该日期重复"));
            } else {
                (isOff ? off : work).add(date);
            }
        }
        if (errors.isEmpty() && off.isEmpty()) {
            errors.add(new FieldError("days", "请列出该年的放假日期"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("节假日安排有 " + errors.size() + " 处错误", errors);
        }
        return new HolidayYear(year, off, work);
    }
}
