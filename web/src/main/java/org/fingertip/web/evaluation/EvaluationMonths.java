package org.fingertip.web.evaluation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/**
 * The months of the evaluations' filter, as the list, its page and its export take them: one {@code month}, or
 * {@code from} to {@code to} (either open), each yyyy-MM; every wrong one named at once.
 */
public record EvaluationMonths(YearMonth from, YearMonth to) {

    public static EvaluationMonths of(String month, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth m = parse(month, "month", errors);
        YearMonth f = parse(from, "from", errors);
        YearMonth t = parse(to, "to", errors);
        if (m != null && (f != null || t != null)) {
            errors.add(new FieldError("month", "请只填写 month，或 from 与 to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("月份有误", errors);
        }
        return m != null ? new EvaluationMonths(m, m) : new EvaluationMonths(f, t);
    }

    /** The one month asked for, if the filter is a single month. */
    public YearMonth single() {
        return from != null && from.equals(to) ? from : null;
    }

    private static YearMonth parse(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "月份应为 yyyy-MM，例如 2026-05"));
            return null;
        }
    }
}
