package org.fingertip.registry.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.UnitRules;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.inventory.InventoryResult.Rejection;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.usage.UsageFacts;
import org.fingertip.registry.usage.UsageMonth;

/**
 * The use cases of the inventory (存量清查): a supervisor or an operator imports the apps already live in its
 * jurisdiction, and reads the backlog of those still unfiled. Callers hold the transaction.
 *
 * <p>An import row is known by its {@link InventoryKey} (unit, normalised name, kind). A new key becomes an app —
 * LIVE_UNFILED with the filing deadline for a kind that is filed, REGISTERED for an account, work group or system —
 * unless the registry already holds that thing (an app of the unit with that kind and normalised name, submitted and
 * not ended), which the entry then records instead. A known key updates its entry (and, while the app is still
 * LIVE_UNFILED, the fields of its form the applicant has not changed since); the same facts again change nothing.
 * A bad row is rejected with its line and every reason, and the others load all the same.
 */
public final class InventoryService {
    /** The most data rows one import may hold: each good row writes an app, so a file is one transaction of this size. */
    public static final int MAX_IMPORT_ROWS = 10_000;
    /** Said alike of a unit that does not exist and of one outside the caller's jurisdiction. */
    static final String OUT_OF_REACH = "不在您的辖区内或不存在";

    private final Inventory inventory;
    private final Apps apps;
    private final Departments departments;
    private final UsageFacts usage;
    private final InventorySettings settings;
    private final Clock clock;

    public InventoryService(Inventory inventory, Apps apps, Departments departments, UsageFacts usage,
                            InventorySettings settings, Clock clock) {
        this.inventory = inventory;
        this.apps = apps;
        this.departments = departments;
        this.usage = usage;
        this.settings = settings;
        this.clock = clock;
    }

    /** Only supervisors and operators import, each into its own jurisdiction. */
    public static boolean mayImport(Actor actor) {
        return (actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) && actor.jurisdiction() != null;
    }

    /**
     * Loads the rows of one file. 403 for anyone but a supervisor or operator; 400 for a file of more than
     * {@value #MAX_IMPORT_ROWS} rows. Every row is either loaded (created, updated or unchanged) or rejected with its
     * line: a unit outside the jurisdiction reads exactly like one that does not exist, and a second row with the key
     * of an earlier row of the same file is refused, so that loading the same file again changes nothing.
     */
    public InventoryResult importRows(Actor actor, String fileName, List<InventoryRow> rows) {
        if (!mayImport(actor)) {
            throw new ForbiddenException("只有督查员或管理员可以导入存量清单");
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new InvalidInputException("文件数据行过多", List.of(new FieldError("file",
                    "每个文件最多 " + MAX_IMPORT_ROWS + " 行数据，本文件有 " + rows.size() + " 行，请拆分后分别导入")));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        ImportLog begun = ImportLog.begun(fileName, actor.username(), now, rows.size());
        long importId = inventory.begin(begun);

        // first every row is checked, so that the units to lock are known before anything is written
        Map<String, Optional<Unit>> units = new HashMap<>();
        Map<InventoryKey, Integer> firstLineOf = new HashMap<>();
        List<Checked> good = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (InventoryRow row : rows) {
            if (row.unreadable() != null) {
                rejected.add(new Rejection(row.line(), row.unreadable()));
                continue;
            }
            InventoryFacts facts;
            try {
                facts = InventoryRules.check(row, today);
            } catch (InvalidInputException e) {
                rejected.add(new Rejection(row.line(), reasons(e.errors())));
                continue;
            }
            Unit unit = units.computeIfAbsent(facts.unitCode(), code -> departments.unit(code)
                    .filter(u -> actor.oversees(u.division()))).orElse(null);
            if (unit == null) {
                rejected.add(new Rejection(row.line(), "主办单位 " + facts.unitCode() + " " + OUT_OF_REACH));
                continue;
            }
            if (unit.isMerged()) {
                rejected.add(new Rejection(row.line(), UnitRules.mergedMessage(unit)));
                continue;
            }
            Integer first = firstLineOf.putIfAbsent(facts.key(), row.line());
            if (first != null) {
                rejected.add(new Rejection(row.line(), "与第 " + first + " 行重复：同一主办单位、同一名称（不计空格和标点）、"
                        + "同一类型只能有一行"));
                continue;
            }
            good.add(new Checked(row.line(), facts, unit));
        }

        inventory.lockUnits(new ArrayList<>(new TreeSet<>(good.stream().map(c -> c.unit().code()).toList())));
        Registered registered = new Registered();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Checked c : good) {
            Outcome outcome = load(actor, c, importId, fileName, now, registered);
            switch (outcome.kind()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected.add(new Rejection(c.line(), outcome.reason));
                default -> throw new IllegalStateException(outcome.kind().name());
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        InventoryResult result = new InventoryResult(importId, created, updated, unchanged, rejected);
        inventory.finish(begun.finished(importId, result));
        return result;
    }

    /**
     * The last day to file an app that is live but not filed (its entry's deadline, or the rules' for an app recorded
     * without one); empty for an app in any other state. The caller has checked that the app may be seen.
     */
    public Optional<LocalDate> filingDeadlineOf(App app) {
        if (app.status() != AppStatus.LIVE_UNFILED) {
            return Optional.empty();
        }
        return Optional.of(inventory.byApp(app.id()).map(InventoryEntry::filingDeadline)
                .orElse(settings.filingDeadline()));
    }

    /** Only supervisors and operators read the backlog: a supervisor's figure (DOMAIN.md). */
    public static boolean mayReadBacklog(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
    }

    /**
     * The backlog of the actor's jurisdiction (optionally one division or unit of it): the LIVE_UNFILED apps,
     * earliest deadline first, with their days left; 403 for the roles that may not read it.
     */
    public BacklogPage backlog(Actor actor, String department, int page, int size) {
        return backlog(actor, department, null, null, page, size);
    }

    /**
     * The same, kept to the apps with {@code minDaysLeft} to {@code maxDaysLeft} days left (either may be null; both
     * inclusive; negative once overdue). A range that ends before it starts is refused (400).
     */
    public BacklogPage backlog(Actor actor, String department, Integer minDaysLeft, Integer maxDaysLeft, int page,
                               int size) {
        if (!mayReadBacklog(actor)) {
            throw new ForbiddenException("只有督查员或管理员可以查看存量未备案清单");
        }
        if (actor.jurisdiction() == null) {
            return new BacklogPage(List.of(), 0, 0, today(), page, size);
        }
        String dept = department == null || department.isBlank() ? null : department.strip();
        if (dept != null && dept.length() > 40) {
            throw new InvalidInputException("部门编码过长", List.of(new FieldError("department", "部门编码不能超过 40 个字符")));
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (minDaysLeft != null && Math.abs(minDaysLeft) > 100_000) {
            errors.add(new FieldError("minDaysLeft", "剩余天数应在 -100000 到 100000 之间"));
        }
        if (maxDaysLeft != null && Math.abs(maxDaysLeft) > 100_000) {
            errors.add(new FieldError("maxDaysLeft", "剩余天数应在 -100000 到 100000 之间"));
        }
        if (minDaysLeft != null && maxDaysLeft != null && maxDaysLeft < minDaysLeft) {
            errors.add(new FieldError("maxDaysLeft", "剩余天数上限不能小于下限"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("剩余天数范围有误", errors);
        }
        return inventory.backlog(new BacklogQuery(actor.jurisdiction().path(), dept, settings.filingDeadline(), today(),
                page, size, minDaysLeft, maxDaysLeft));
    }

    public InventorySettings settings() {
        return settings;
    }

    // ---- one row ---------------------------------------------------------------------------------------------------

    private Outcome load(Actor actor, Checked c, long importId, String fileName, Instant now, Registered registered) {
        InventoryFacts facts = c.facts();
        Optional<InventoryEntry> known = inventory.byKey(facts.key());
        if (known.isPresent()) {
            InventoryEntry entry = known.get();
            boolean changed = false;
            if (!entry.sameFactsAs(facts)) {
                reviseLiveForm(entry, facts, c.unit());
                inventory.save(entry.updatedWith(facts, importId, c.line(), actor.username(), now));
                changed = true;
            }
            changed |= recordUsage(entry.appId(), facts, actor, now);
            return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        }
        Optional<AppSummary> existing = registered.find(c.unit(), facts);
        if (existing.isPresent()) {
            long appId = existing.get().id();
            Optional<InventoryEntry> other = inventory.byApp(appId);
            if (other.isPresent()) {
                return Outcome.rejected("与已登记的“" + existing.get().name() + "”（应用编号 " + appId + "）为同一应用，"
                        + "但该应用已按名称“" + other.get().name() + "”登记在存量清单中；请按原名称导入");
            }
            inventory.save(InventoryEntry.of(appId, facts, deadlineFor(facts.kind()), importId, c.line(),
                    actor.username(), now));
            recordUsage(appId, facts, actor, now);
            return Outcome.UPDATED;
        }
        App app = App.inventoried(formOf(facts), c.unit(), actor.username(), now, reason(facts, fileName, c.line()));
        app = apps.save(app);
        inventory.save(InventoryEntry.of(app.id(), facts, deadlineFor(facts.kind()), importId, c.line(),
                actor.username(), now));
        recordUsage(app.id(), facts, actor, now);
        return Outcome.CREATED;
    }

    /** A LIVE_UNFILED app's form takes the new facts where it still holds the old ones: what its unit typed stays. */
    private void reviseLiveForm(InventoryEntry entry, InventoryFacts facts, Unit unit) {
        App app = apps.byId(entry.appId()).orElse(null);
        if (app == null || app.status() != AppStatus.LIVE_UNFILED) {
            return;
        }
        FilingForm f = app.form();
        FilingForm.Acceptance acceptance = f.acceptance();
        if (acceptance != null && Objects.equals(acceptance.date(), entry.launchDate())) {
            acceptance = new FilingForm.Acceptance(facts.launchDate(), acceptance.result());
        }
        FilingForm revised = new FilingForm(f.ownerDepartmentCode(),
                Objects.equals(f.name(), entry.name()) ? facts.name() : f.name(), f.kind(),
                f.audience() == entry.audience() ? facts.audience() : f.audience(),
                Objects.equals(f.stores(), entry.stores().isEmpty() ? null : entry.stores())
                        ? (facts.stores().isEmpty() ? null : facts.stores()) : f.stores(),
                Objects.equals(f.packageName(), entry.packageName()) ? facts.packageName() : f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), acceptance, f.similarApps(),
                f.commitmentSigned());
        if (!revised.equals(f) && FormRules.shapeErrors(revised).isEmpty()) {
            app.reviseForm(revised, unit);
            apps.save(app);
        }
    }

    private boolean recordUsage(long appId, InventoryFacts facts, Actor actor, Instant now) {
        return facts.usage() != null && usage.upsert(UsageMonth.of(appId, facts.usage(), actor.username(), now));
    }

    /** The filing form as the inventory knows it: what the applicant would otherwise type again (no 重复填表). */
    static FilingForm formOf(InventoryFacts facts) {
        return new FilingForm(facts.unitCode(), facts.name(), facts.kind(), facts.audience(),
                facts.stores().isEmpty() ? null : facts.stores(), facts.packageName(), null, null, null, null,
                new FilingForm.Acceptance(facts.launchDate(), null), null, null);
    }

    private LocalDate deadlineFor(AppKind kind) {
        return kind.isFiled() ? settings.filingDeadline() : null;
    }

    private String reason(InventoryFacts facts, String fileName, int line) {
        String source = "存量清单导入（" + ImportLog.shownName(fileName) + " 第 " + line + " 行）";
        return facts.kind().isFiled()
                ? source + "：已于 " + facts.launchDate() + " 上线但未备案，应于 " + settings.filingDeadline() + " 前完成备案"
                : source + "：" + facts.kind().label() + "登记在册，不备案";
    }

    private static String reasons(List<FieldError> errors) {
        return String.join("；", errors.stream().map(InventoryRules::describe).toList());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private record Checked(int line, InventoryFacts facts, Unit unit) {
    }

    private enum OutcomeKind { CREATED, UPDATED, UNCHANGED, REJECTED }

    private record Outcome(OutcomeKind kind, String reason) {
        static final Outcome CREATED = new Outcome(OutcomeKind.CREATED, null);
        static final Outcome UPDATED = new Outcome(OutcomeKind.UPDATED, null);
        static final Outcome UNCHANGED = new Outcome(OutcomeKind.UNCHANGED, null);

        static Outcome rejected(String reason) {
            return new Outcome(OutcomeKind.REJECTED, reason);
        }
    }

    /**
     * The apps already in the registry that an inventory row may name: a unit's submitted apps of one kind that have
     * not ended, by normalised name; read once per unit and kind in an import.
     */
    private final class Registered {
        private final Map<String, Map<String, AppSummary>> byUnitAndKind = new HashMap<>();

        Optional<AppSummary> find(Unit unit, InventoryFacts facts) {
            Map<String, AppSummary> names = byUnitAndKind.computeIfAbsent(unit.code() + "/" + facts.kind(),
                    k -> load(unit, facts.kind()));
            return Optional.ofNullable(names.get(facts.key().normalisedName()));
        }

        private Map<String, AppSummary> load(Unit unit, AppKind kind) {
            Map<String, AppSummary> names = new HashMap<>();
            int size = 200;
            for (int page = 0; ; page++) {
                AppPage found = apps.search(new AppQuery(unit.division().path(), unit.code(), null, kind, null, null,
                        null, page, size, false));
                for (AppSummary s : found.items()) {
                    if (!s.status().isFinal() && s.status() != AppStatus.DRAFT) {
                        names.putIfAbsent(InventoryKey.normalise(s.name()), s);
                    }
                }
                if ((long) (page + 1) * size >= found.total()) {
                    return names;
                }
            }
        }
    }
}
