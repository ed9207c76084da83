package org.fingertip.registry.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.precheck.FunctionNames;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.usage.UsageEntry;
import org.fingertip.registry.usage.UsageFigures;
import org.fingertip.registry.usage.UsageRules;

/**
 * The checks of one inventory row: the owner unit's code, the name, the kind and the audience are required and must
 * be recognisable; the stores are required for the kinds that are filed (optional for accounts, work groups and
 * systems); the launch date is {@code yyyy-MM-dd}, not in the future; the package name and the stores keep the filing
 * form's shape rules (they pre-fill it); the usage facts are optional, but a row that gives any of them gives all, as
 * {@link UsageRules} says. Messages are in Chinese and say what to fix; fields are named as in the file's English
 * header.
 */
public final class InventoryRules {
    public static final String UNIT_CODE = "unitCode";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String AUDIENCE = "audience";
    public static final String STORES = "stores";
    public static final String LAUNCH_DATE = "launchDate";
    public static final String PACKAGE_NAME = "packageName";

    /** Nothing older is believed: a typing error, not a launch. */
    public static final LocalDate EARLIEST_LAUNCH = LocalDate.of(1990, 1, 1);

    /** The Chinese name of each field, in the order of the file's columns; the usage columns follow. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(UNIT_CODE, "主办单位编码");
        labels.put(NAME, "名称");
        labels.put(KIND, "类型");
        labels.put(AUDIENCE, "服务对象");
        labels.put(STORES, "上架平台");
        labels.put(LAUNCH_DATE, "上线日期");
        labels.put(PACKAGE_NAME, "包名");
        labels.putAll(UsageRules.LABELS);
        LABELS = Collections.unmodifiableMap(labels);
    }

    /** Stores are typed into one cell: one per line, or separated by commas, 、 or semicolons. */
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\r\\n]+");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Map<String, AppKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, Audience> AUDIENCES = new LinkedHashMap<>();

    static {
        for (AppKind k : AppKind.values()) {
            KINDS.put(FunctionNames.normalise(k.name()), k);
            KINDS.put(FunctionNames.normalise(k.label()), k);
        }
        KINDS.put("移动应用", AppKind.APP);
        KINDS.put("公众号", AppKind.PUBLIC_ACCOUNT);
        KINDS.put("政务新媒体", AppKind.PUBLIC_ACCOUNT);
        KINDS.put("信息系统", AppKind.INFO_SYSTEM);
        AUDIENCES.put("internal", Audience.INTERNAL);
        AUDIENCES.put("内部", Audience.INTERNAL);
        AUDIENCES.put("对内", Audience.INTERNAL);
        AUDIENCES.put("public", Audience.PUBLIC);
        AUDIENCES.put("公众", Audience.PUBLIC);
        AUDIENCES.put("社会公众", Audience.PUBLIC);
        AUDIENCES.put("对外", Audience.PUBLIC);
    }

    private InventoryRules() {
    }

    /**
     * The facts of the row, or {@link InvalidInputException} naming every wrong field at once.
     *
     * @param today the current date in the registry's zone: neither the launch nor a usage month may be later
     */
    public static InventoryFacts check(InventoryRow row, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String unitCode = trimmed(row.unitCode());
        if (unitCode == null) {
            errors.add(new FieldError(UNIT_CODE, "请填写主办单位编码，例如 420100-007"));
        } else if (!Unit.isWellFormedCode(unitCode)) {
            errors.add(new FieldError(UNIT_CODE, "应为“区划代码-三位序号”，例如 420100-007，收到“" + shown(unitCode) + "”"));
        }
        String name = trimmed(row.name());
        if (name == null) {
            errors.add(new FieldError(NAME, "请填写应用、账号、工作群或系统的名称"));
        } else if (InventoryKey.normalise(name).isEmpty()) {
            errors.add(new FieldError(NAME, "名称应含有文字或数字，收到“" + shown(name) + "”"));
        }
        AppKind kind = kind(errors, row.kind());
        Audience audience = audience(errors, row.audience());
        List<String> stores = stores(row.stores());
        if (stores.isEmpty() && kind != null && kind.isFiled()) {
            errors.add(new FieldError(STORES, "请填写上架的应用商店或承载平台（" + kind.label() + "须备案），多个用顿号或逗号分隔"));
        }
        LocalDate launch = launchDate(errors, row.launchDate(), today);
        String packageName = trimmed(row.packageName());
        // the same shape rules as the filing form these facts pre-fill
        FilingForm shape = new FilingForm(null, name, kind, audience, stores, packageName, null, null, null, null,
                null, null, null);
        for (FieldError e : FormRules.shapeErrors(shape)) {
            errors.add(new FieldError(e.field().startsWith(STORES) ? STORES : e.field(),
                    e.field().startsWith(STORES + "[") ? "第 " + (index(e.field()) + 1) + " 项" + e.message() : e.message()));
        }
        UsageFigures usage = null;
        if (hasUsage(row.usage())) {
            try {
                usage = UsageRules.check(row.usage(), today);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("存量登记有 " + errors.size() + " 处错误", errors);
        }
        return new InventoryFacts(unitCode, name, kind, audience, stores, packageName, launch, usage);
    }

    /** "类型：不是可识别的类型…" — a field's error as one reason of an import row. */
    public static String describe(FieldError error) {
        return LABELS.getOrDefault(error.field(), error.field()) + "：" + error.message();
    }

    /** The values a kind may be written as, for messages and the README. */
    public static String kindsAccepted() {
        return Arrays.stream(AppKind.values()).map(k -> k.name() + "（" + k.label() + "）")
                .collect(Collectors.joining("、"));
    }

    private static AppKind kind(List<FieldError> errors, String raw) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(KIND, "请填写类型：" + kindsAccepted()));
            return null;
        }
        AppKind kind = KINDS.get(FunctionNames.normalise(text));
        if (kind == null) {
            errors.add(new FieldError(KIND, "不是可识别的类型，收到“" + shown(text) + "”；可填：" + kindsAccepted()));
        }
        return kind;
    }

    private static Audience audience(List<FieldError> errors, String raw) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(AUDIENCE, "请填写服务对象：内部（INTERNAL）或公众（PUBLIC）"));
            return null;
        }
        Audience audience = AUDIENCES.get(FunctionNames.normalise(text));
        if (audience == null) {
            errors.add(new FieldError(AUDIENCE, "应为 内部/INTERNAL 或 公众/PUBLIC，收到“" + shown(text) + "”"));
        }
        return audience;
    }

    private static List<String> stores(String raw) {
        String text = trimmed(raw);
        if (text == null) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static LocalDate launchDate(List<FieldError> errors, String raw, LocalDate today) {
        String text = trimmed(raw);
        if (text == null) {
            errors.add(new FieldError(LAUNCH_DATE, "请填写上线日期，格式 yyyy-MM-dd，例如 2025-06-01"));
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
            errors.add(new FieldError(LAUNCH_DATE, "日期格式应为 yyyy-MM-dd，例如 2025-06-01，收到“" + shown(text) + "”"));
            return null;
        }
        if (date.isAfter(today)) {
            errors.add(new FieldError(LAUNCH_DATE, "不能晚于今天（" + today + "），收到 " + date + "；尚未上线的应用请走备案申请"));
            return null;
        }
        if (date.isBefore(EARLIEST_LAUNCH)) {
            errors.add(new FieldError(LAUNCH_DATE, "不能早于 " + EARLIEST_LAUNCH + "，收到 " + date));
            return null;
        }
        return date;
    }

    private static boolean hasUsage(UsageEntry u) {
        return u != null && (trimmed(u.month()) != null || trimmed(u.monthlyActiveUsers()) != null
                || trimmed(u.audienceSize()) != null || trimmed(u.lastUpdate()) != null
                || trimmed(u.lastPost()) != null || trimmed(u.servicesAnswer()) != null);
    }

    private static int index(String path) {
        return Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
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
