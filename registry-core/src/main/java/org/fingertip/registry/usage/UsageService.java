package org.fingertip.registry.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.usage.ImportResult.Rejection;

/**
 * The use cases of usage facts: record one month of one app, read an app's history, import many rows at once.
 * The owner unit's applicant records its own app; supervisors and operators record any app of their jurisdiction.
 * Callers hold the transaction.
 */
public final class UsageService {
    /** How many months of history an app's page and the API show. */
    public static final int HISTORY_MONTHS = 24;
    /** The most data rows one import may hold. */
    public static final int MAX_IMPORT_ROWS = 50_000;
    /** Said alike of an app that does not exist and of one outside the caller's jurisdiction. */
    static final String OUT_OF_REACH = "不在您的辖区内或不存在";

    private static final Pattern APP_ID = Pattern.compile("\\d{1,18}");

    private final Apps apps;
    private final UsageFacts facts;
    private final Clock clock;

    public UsageService(Apps apps, UsageFacts facts, Clock clock) {
        this.apps = apps;
        this.facts = facts;
        this.clock = clock;
    }

    /** What recording a month did: the month as stored, and whether this call changed it. */
    public record Recorded(UsageMonth month, boolean changed) {
    }

    /**
     * Records one month of an app: new, replaced when the values differ, untouched when they are the same.
     * 404 when the actor may not see the app, 403 when it may see but not record, 400 naming every wrong field.
     */
    public Recorded record(Actor actor, long appId, UsageEntry entry) {
        App app = visible(actor, appId);
        if (!mayRecord(actor, app)) {
            throw new ForbiddenException("只有主办单位的申报人，或辖区内的督查员、管理员可以填报使用情况");
        }
        UsageFigures figures = UsageRules.check(entry, today());
        UsageMonth month = UsageMonth.of(appId, figures, actor.username(), clock.instant());
        boolean changed = facts.upsert(month);
        // read back: the stored instant has the database's precision, and an unchanged month keeps its recorder
        return new Recorded(facts.month(appId, figures.month()).orElse(month), changed);
    }

    /** The app's newest {@value #HISTORY_MONTHS} months, newest first, for anyone who may see the app. */
    public List<UsageMonth> history(Actor actor, long appId) {
        visible(actor, appId);
        return facts.history(appId, HISTORY_MONTHS);
    }

    /**
     * Loads the rows a supervisor or operator imports: each good row is recorded like {@link #record}, each bad one
     * is reported with its line and every reason, and the good rows load all the same. A row for an app outside the
     * caller's jurisdiction reads exactly like one for an app that does not exist. A second row for the same app and
     * month is refused, so that loading the same file again changes nothing.
     */
    public ImportResult importRows(Actor actor, List<UsageRow> rows) {
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN)) {
            throw new ForbiddenException("只有督查员或管理员可以批量导入使用情况");
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new InvalidInputException("文件数据行过多", List.of(new FieldError("file",
                    "每个文件最多 " + MAX_IMPORT_ROWS + " 行数据，本文件有 " + rows.size() + " 行，请拆分后分别导入")));
        }
        LocalDate today = today();
        Instant now = clock.instant();
        Lookup lookup = new Lookup(actor);
        Map<String, Integer> firstLineOf = new HashMap<>();
        int loaded = 0;
        int unchanged = 0;
        List<Rejection> rejected = new ArrayList<>();
        for (UsageRow row : rows) {
            if (row.unreadable() != null) {
                rejected.add(new Rejection(row.line(), row.unreadable()));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            App app = lookup.app(row, reasons);
            UsageFigures figures = null;
            try {
                figures = UsageRules.check(row.entry(), today);
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> reasons.add(UsageRules.describe(error)));
            }
            if (!reasons.isEmpty()) {
                rejected.add(new Rejection(row.line(), String.join("；", reasons)));
                continue;
            }
            Integer first = firstLineOf.putIfAbsent(app.id() + "/" + figures.month(), row.line());
            if (first != null) {
                rejected.add(new Rejection(row.line(), "与第 " + first + " 行重复：同一应用同一月份只能有一行"));
                continue;
            }
            if (facts.upsert(UsageMonth.of(app.id(), figures, actor.username(), now))) {
                loaded++;
            } else {
                unchanged++;
            }
        }
        return new ImportResult(loaded, unchanged, rejected);
    }

    /**
     * True when the actor may record the app's usage: the owner unit's applicant, or a supervisor or operator who
     * sees it (its jurisdiction, and no draft).
     */
    public static boolean mayRecord(Actor actor, App app) {
        if (actor.isSystem() || actor.has(Role.APPLICANT) && actor.worksFor(app.owner().code())) {
            return true;
        }
        return (actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) && AccessPolicy.canSee(actor, app);
    }

    private App visible(Actor actor, long appId) {
        App app = apps.byId(appId).orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
        return AccessPolicy.requireVisible(actor, app, appId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }

    /** Finds the app a row names, once per id or number in an import; what the actor may not record is not found. */
    private final class Lookup {
        private final Actor actor;
        private final Map<Long, Optional<App>> byId = new HashMap<>();
        private final Map<String, Optional<App>> byNumber = new HashMap<>();

        Lookup(Actor actor) {
            this.actor = actor;
        }

        App app(UsageRow row, List<String> reasons) {
            String id = blankToNull(row.appId());
            String number = blankToNull(row.filingNumber());
            if (id == null && number == null) {
                reasons.add("请填写应用编号或备案号");
                return null;
            }
            if (id != null && !APP_ID.matcher(id).matches()) {
                reasons.add("应用编号应为数字，收到“" + (id.length() <= 20 ? id : id.substring(0, 20) + "…") + "”");
                return null;
            }
            Optional<App> found = id != null
                    ? byId.computeIfAbsent(Long.parseLong(id), k -> apps.byId(k).filter(a -> mayRecord(actor, a)))
                    : byNumber.computeIfAbsent(number, k -> apps.byFilingNumber(k).filter(a -> mayRecord(actor, a)));
            if (found.isEmpty()) {
                reasons.add((id != null ? "应用编号 " + id : "备案号 " + number) + " " + OUT_OF_REACH);
                return null;
            }
            App app = found.get();
            if (id != null && number != null && !number.equals(app.filingNumber())) {
                reasons.add("备案号 " + number + " 与应用编号 " + id + " 不是同一应用");
                return null;
            }
            return app;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
