package org.fingertip.registry.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/**
 * The checks of one month's usage facts: every field is required; counts are non-negative integers; the month is
 * {@code yyyy-MM} and not in the future; dates are {@code yyyy-MM-dd}, not in the future and not after the month's
 * last day. Messages are in Chinese and say what to fix; fields are named as in the API.
 */
public final class UsageRules {
    /** More than the population of China: a larger count is a typing error, not a fact. */
    public static final long MAX_COUNT = 2_000_000_000L;
    /** Months before this are not accepted: the registry keeps no older history. */
    public static final YearMonth EARLIEST_MONTH = YearMonth.of(2000, 1);

    public static final String MONTH = "month";
    public static final String MONTHLY_ACTIVE_USERS = "monthlyActiveUsers";
    public static final String AUDIENCE_SIZE = "audienceSize";
    public static final String LAST_UPDATE = "lastUpdate";
    public static final String LAST_POST = "lastPost";
    public static final String SERVICES_ANSWER = "servicesAnswer";

    /** The Chinese name of each field, in the order of the import's columns. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MONTH, "月份");
        labels.put(MONTHLY_ACTIVE_USERS, "月活跃用户数");
        labels.put(AUDIENCE_SIZE, "服务对象规模");
        labels.put(LAST_UPDATE, "最近更新日期");
        labels.put(LAST_POST, "最近发布日期");
        labels.put(SERVICES_ANSWER, "服务是否可用");
        LABELS = java.util.Collections.unmodifiableMap(labels);
    }

    private static final Pattern MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(\\.\\d*)?");

    private UsageRules() {
    }

    /**
     * The figures of the entry, or {@link InvalidInputException} naming every wrong field at once.
     *
     * @param today the current date in the registry's zone: neither the month nor a date may be later
     */
    public static UsageFigures check(UsageEntry entry, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth month = month(errors, entry.month(), YearMonth.from(today));
        Long users = count(errors, MONTHLY_ACTIVE_USERS, entry.monthlyActiveUsers());
        Long audience = count(errors, AUDIENCE_SIZE, entry.audienceSize());
        LocalDate lastUpdate = date(errors, LAST_UPDATE, entry.lastUpdate(), month, today);
        LocalDate lastPost = date(errors, LAST_POST, entry.lastPost(), month, today);
        Boolean answer = yesNo(errors, entry.servicesAnswer());
        if (!errors.isEmpty()) {
            throw new InvalidInputException("使用情况有 " + errors.size() + " 处错误", errors);
        }
        return new UsageFigures(month, users, audience, lastUpdate, lastPost, answer);
    }

    /** "月活跃用户数：不能为负数" — a field's error as one reason of an import row. */
    public static String describe(FieldError error) {
        return LABELS.getOrDefault(error.field(), error.field()) + "：" + error.message();
    }

    private static YearMonth month(List<FieldError> errors, String raw, YearMonth thisMonth) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(MONTH, "请填写月份，格式 yyyy-MM，例如 " + thisMonth.minusMonths(1)));
            return null;
        }
        YearMonth month = null;
        if (MONTH_TEXT.matcher(text).matches()) {
            try {
                month = YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                month = null;
            }
        }
        if (month == null) {
            errors.add(new FieldError(MONTH, "月份格式应为 yyyy-MM，例如 " + thisMonth.minusMonths(1) + "，收到“"
                    + shown(text) + "”"));
            return null;
        }
        if (month.isBefore(EARLIEST_MONTH)) {
            errors.add(new FieldError(MONTH, "月份不能早于 " + EARLIEST_MONTH));
            return null;
        }
        if (month.isAfter(thisMonth)) {
            errors.add(new FieldError(MONTH, "月份不能晚于本月（" + thisMonth + "）"));
            return null;
        }
        return month;
    }

    private static Long count(List<FieldError> errors, String field, String raw) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(field, "请填写" + LABELS.get(field) + "（不小于 0 的整数）"));
            return null;
        }
        if (NEGATIVE.matcher(text).matches()) {
            errors.add(new FieldError(field, "不能为负数，收到“" + shown(text) + "”"));
            return null;
        }
        if (!DIGITS.matcher(text).matches()) {
            errors.add(new FieldError(field, "应为不小于 0 的整数，收到“" + shown(text) + "”"));
            return null;
        }
        String digits = text.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 10 || Long.parseLong(digits) > MAX_COUNT) {
            errors.add(new FieldError(field, "不能超过 " + MAX_COUNT + "，收到“" + shown(text) + "”"));
            return null;
        }
        return Long.parseLong(digits);
    }

    private static LocalDate date(List<FieldError> errors, String field, String raw, YearMonth month, LocalDate today) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(field, "请填写" + LABELS.get(field) + "，格式 yyyy-MM-dd"));
            return null;
        }
        LocalDate date = null;
        if (DATE_TEXT.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            errors.add(new FieldError(field, "日期格式应为 yyyy-MM-dd，例如 " + today + "，收到“" + shown(text) + "”"));
            return null;
        }
        if (date.isAfter(today)) {
            errors.add(new FieldError(field, "不能晚于今天（" + today + "），收到 " + date));
            return null;
        }
        if (month != null && date.isAfter(month.atEndOfMonth())) {
            errors.add(new FieldError(field, "不能晚于所填月份的最后一天（" + month.atEndOfMonth() + "），收到 " + date));
            return null;
        }
        return date;
    }

    private static Boolean yesNo(List<FieldError> errors, String raw) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(SERVICES_ANSWER, "请填写服务是否可用：是或否"));
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "true", "1" -> {
                return true;
            }
            case "否", "false", "0" -> {
                return false;
            }
            default -> {
                errors.add(new FieldError(SERVICES_ANSWER, "应为 是/否、true/false 或 1/0，收到“" + shown(text) + "”"));
                return null;
            }
        }
    }

    private static String trimmed(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.isEmpty() ? null : text;
    }

    /** The value as quoted back in a message: at most 20 characters. */
    private static String shown(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
