package org.fingertip.registry.exit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.precheck.FunctionNames;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The use cases of clearance and exit. An exit is started by the owner unit, by a supervisor's direction with a
 * deadline (限期关停), or by a re-check's EXIT or INTEGRATE verdict — the app goes EXITING at once (INTEGRATING stays),
 * so no re-check, change or second exit starts meanwhile; the owner plans it, a reviewer of the owner's
 * office (the city's, or the province's for a provincial unit) approves, accepts the migration and verifies the
 * deregistration. Callers hold the transaction; AppExitProcess orders the steps and runs the timers.
 */
public final class ExitService {
    private final Exits exits;
    private final Apps apps;
    private final PlatformCatalogue catalogue;
    private final NoticeService notices;
    private final WorkingCalendar calendar;
    private final ExitSettings settings;
    private final Clock clock;

    public ExitService(Exits exits, Apps apps, PlatformCatalogue catalogue, NoticeService notices,
                       WorkingCalendar calendar, ExitSettings settings, Clock clock) {
        this.exits = exits;
        this.apps = apps;
        this.catalogue = catalogue;
        this.notices = notices;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- starting -------------------------------------------------------------------------------------------------

    /** The owner unit's applicant starts the exit of its own filed, registered or live-but-unfiled app. */
    public Exit startByOwner(Actor actor, long appId) {
        App app = visibleApp(actor, appId);
        if (!actor.has(Role.APPLICANT) || !actor.worksFor(app.owner().code())) {
            throw new ForbiddenException("只有主办单位的经办人可以申请退出本单位的应用");
        }
        requireStartable(app, false);
        Instant now = clock.instant();
        app.startExit(actor.username(), now, "主办单位申请退出");
        apps.save(app);
        return exits.save(Exit.start(new Exit.Start(app.id(), app.displayName(), app.owner(), ExitTrigger.OWNER,
                null, ExitReason.VOLUNTARY, null, null, null, null, actor.username(), now)));
    }

    /**
     * A supervisor of the app's jurisdiction directs its exit by a deadline (限期关停). A deadline inside the notice
     * period is moved to its end: the users are told first, and the exit says why.
     */
    public Exit direct(Actor actor, long appId, LocalDate deadline, String reason) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以责令限期关停");
        }
        App app = visibleApp(actor, appId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        if (deadline == null) {
            errors.add(new FieldError("deadline", "请填写关停期限"));
        } else if (deadline.isBefore(today)) {
            errors.add(new FieldError("deadline", "关停期限不能早于今天"));
        } else if (deadline.isAfter(today.plusYears(2))) {
            errors.add(new FieldError("deadline", "关停期限不能晚于两年之后"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "请写明责令关停的理由"));
        } else if (reason.strip().length() > Exit.TEXT_MAX) {
            errors.add(new FieldError("reason", "理由不超过 " + Exit.TEXT_MAX + " 个字"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("限期关停的要求有误", errors);
        }
        requireStartable(app, false);
        LocalDate earliest = today.plusDays(settings.noticeDays());
        LocalDate effective = deadline.isBefore(earliest) ? earliest : deadline;
        String why = effective.equals(deadline) ? null : "须先公告 " + settings.noticeDays() + " 天，期限由 " + deadline
                + " 顺延至 " + effective;
        Instant now = clock.instant();
        app.startExit(actor.username(), now, "责令限期关停（" + effective + " 前下架停服）：" + reason.strip());
        apps.save(app);
        Exit e = Exit.start(new Exit.Start(app.id(), app.displayName(), app.owner(),
                ExitTrigger.SUPERVISOR_DIRECTION, null, null, actor.username(), deadline, effective,
                why == null ? reason.strip() : reason.strip() + "；" + why, actor.username(), now));
        return exits.save(e);
    }

    /**
     * A re-check handed the app over: EXIT (the app stays UNDER_RECHECK until the plan is approved) or INTEGRATE (the
     * app is INTEGRATING). The system starts the exit; the owner plans it.
     */
    public Exit fromRecheck(long recheckId, long appId, ExitReason suggested) {
        App app = apps.byId(appId).orElseThrow(() -> new NotFoundException("未找到应用 " + appId));
        requireStartable(app, true);
        Instant now = clock.instant();
        if (app.status() == AppStatus.UNDER_RECHECK) {
            app.startExit(Actor.SYSTEM_NAME, now, "复核结论：退出（复核 " + recheckId + "）");
            apps.save(app);
        }
        return exits.save(Exit.start(new Exit.Start(app.id(), app.displayName(), app.owner(),
                ExitTrigger.RECHECK_VERDICT, recheckId, suggested, null, null, null, null, Actor.SYSTEM_NAME, now)));
    }

    // ---- the owner's and the reviewer's steps ---------------------------------------------------------------------

    /**
     * The owner files the plan. An integration maps each function that moves to an entry of the province's platform
     * catalogue, named by the function ("在线预约") or by platform and function ("鄂汇办·在线预约").
     */
    public Exit filePlan(Actor actor, long id, ExitPlan plan) {
        Exit e = requireOwner(actor, id, "提交退出方案");
        if (plan != null && plan.toPlatform()) {
            List<FieldError> unknown = notInCatalogue(e.owner().division().provinceCode(), plan.functionMoves());
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("承接的功能不在统一平台目录中", unknown);
            }
        }
        e.filePlan(plan, today(), settings, actor.username(), clock.instant());
        return exits.save(e);
    }

    private List<FieldError> notInCatalogue(String province, List<ExitPlan.FunctionMove> moves) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < moves.size() && i < ExitPlan.ROWS_MAX; i++) {
            String named = moves.get(i) == null ? null : moves.get(i).platformFunction();
            if (named == null || named.isBlank()) {
                continue;
            }
            String[] parts = named.strip().split("[·•:：/]", 2);
            String platform = parts.length == 2 ? FunctionNames.normalise(parts[0]) : null;
            String function = FunctionNames.normalise(parts.length == 2 ? parts[1] : parts[0]);
            boolean listed = catalogue.matching(province, List.of(function)).stream()
                    .anyMatch(f -> platform == null || FunctionNames.normalise(f.platformName()).equals(platform));
            if (!listed) {
                errors.add(new FieldError("functionMoves[" + i + "].platformFunction",
                        "统一平台目录中没有“" + named.strip() + "”，请填写目录中的功能（如“鄂汇办·在线预约”）"));
            }
        }
        return errors;
    }

    /**
     * A reviewer approves the plan or returns it. The app has been EXITING since the exit started (an integration
     * handed over by a re-check: INTEGRATING); an approved integration goes INTEGRATING until its migration is
     * accepted, and a re-check's integration that the owner plans as a plain exit goes EXITING.
     */
    public Exit decidePlan(Actor actor, long id, boolean approved, String comment) {
        Exit e = requireReviewer(actor, id);
        Instant now = clock.instant();
        if (!approved) {
            e.returnPlan(comment, actor.username(), now);
            return exits.save(e);
        }
        e.approvePlan(comment, today(), settings, actor.username(), now);
        App app = app(e);
        String note = "退出方案已批准：" + e.plan().reason().label();
        if (e.plan().toPlatform() && app.status() == AppStatus.EXITING) {
            app.startIntegration(actor.username(), now, note + "，先迁移用户至统一平台");
            apps.save(app);
        } else if (!e.plan().toPlatform() && app.status() == AppStatus.INTEGRATING) {
            app.startExit(actor.username(), now, note + "，公告后于 " + e.offlineDate() + " 下线");
            apps.save(app);
        }
        return exits.save(e);
    }

    public Exit reportMigration(Actor actor, long id, Integer migratedUsers, String note) {
        Exit e = requireOwner(actor, id, "报告用户迁移");
        e.reportMigration(migratedUsers, note, actor.username(), clock.instant());
        return exits.save(e);
    }

    /** A reviewer accepts the migration (the app goes EXITING and the notice is published) or returns it. */
    public Exit decideMigration(Actor actor, long id, boolean accepted, String comment) {
        Exit e = requireReviewer(actor, id);
        Instant now = clock.instant();
        if (!accepted) {
            e.returnMigration(comment, actor.username(), now);
            return exits.save(e);
        }
        e.acceptMigration(comment, today(), settings, actor.username(), now);
        App app = app(e);
        app.startExit(actor.username(), now, "用户已迁移至统一平台，公告后于 " + e.offlineDate() + " 下线");
        apps.save(app);
        return exits.save(e);
    }

    /** The offline date came. */
    public Exit noticeEnded(long id) {
        Exit e = byId(id);
        e.noticeEnded(clock.instant());
        return exits.save(e);
    }

    /** The owner confirms the app is delisted from every store of its form and its service stopped. */
    public Exit confirmOffline(Actor actor, long id, List<String> storesDelisted, Boolean serviceStopped,
                               String evidence) {
        Exit e = requireOwner(actor, id, "确认下架停服");
        Set<String> stores = new HashSet<>();
        List<String> formStores = app(e).form().stores();
        if (formStores != null) {
            formStores.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(stores::add);
        }
        Instant now = clock.instant();
        e.confirmOffline(storesDelisted, serviceStopped, evidence, stores,
                calendar.dueAfterWorkingDays(now, settings.deregistrationWorkingDays()), actor.username(), now);
        return exits.save(e);
    }

    /** The deregistration's due date passed: recorded and escalated to the supervisors once. */
    public Exit deregistrationOverdue(long id) {
        Exit e = byId(id);
        if (e.state() == ExitState.DEREGISTRATION && e.deregistrationOverdue(clock.instant())) {
            notices.post(Recipients.supervisors(officeOf(e)), NoticeKind.DEREGISTRATION_OVERDUE, NoticeSubject.EXIT,
                    e.id(), e.appId(), "应用“" + e.appName() + "”下线后未在 " + settings.deregistrationWorkingDays()
                            + " 个工作日内申请注销（" + e.owner().name() + "）");
        }
        return exits.save(e);
    }

    public Exit fileDeregistration(Actor actor, long id, String statement) {
        Exit e = requireOwner(actor, id, "申请注销");
        e.fileDeregistration(statement, actor.username(), clock.instant());
        return exits.save(e);
    }

    /** A reviewer verifies the deregistration: EXITED, the filing number cancelled; or sends it back. */
    public Exit verify(Actor actor, long id, boolean accepted, String comment) {
        Exit e = requireReviewer(actor, id);
        Instant now = clock.instant();
        if (!accepted) {
            e.sendBackDeregistration(comment, actor.username(), now);
            return exits.save(e);
        }
        e.verified(comment, actor.username(), now);
        App app = app(e);
        app.deregister(actor.username(), now, "清理退出办结，" + (app.filingNumber() == null ? "登记注销"
                : "备案号 " + app.filingNumber() + " 注销，不再使用"));
        apps.save(app);
        return exits.save(e);
    }

    /** A directed exit's deadline came: a missed one is recorded and escalated to the supervisors once. */
    public Exit deadlineReached(long id) {
        Exit e = byId(id);
        if (e.deadlineReached(clock.instant())) {
            notices.post(Recipients.supervisors(officeOf(e)), NoticeKind.EXIT_DEADLINE_MISSED, NoticeSubject.EXIT,
                    e.id(), e.appId(), "应用“" + e.appName() + "”限期 " + e.effectiveDeadline() + " 关停，逾期仍未下架停服（"
                            + e.owner().name() + "）");
        }
        return exits.save(e);
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** The exit an actor may see: the owner unit's applicants, and reviewers, supervisors and admins above it. */
    public Exit visible(Actor actor, long id) {
        Exit e = byId(id);
        if (!maySee(actor, e.owner().division(), e.owner().code())) {
            throw new NotFoundException("未找到编号为 " + id + " 的退出");
        }
        return e;
    }

    /** The app's open exit, or its newest ended one; 404 when it never had one (or the app is not visible). */
    public Exit ofApp(Actor actor, long appId) {
        return current(actor, appId).orElseThrow(() -> new NotFoundException("应用 " + appId + " 没有退出记录"));
    }

    /** The app's open exit, or its newest ended one, or empty when it never had one; 404 for an exit not visible. */
    public Optional<Exit> current(Actor actor, long appId) {
        return exits.openFor(appId).or(() -> exits.latestFor(appId)).map(e -> visible(actor, e.id()));
    }

    /** The first offline date a plan filed today may name: the notice period from today. */
    public LocalDate earliestOffline() {
        return today().plusDays(settings.noticeDays());
    }

    /** The app's open exit, for acting on it; 404 when there is none (or the app is not visible). */
    public Exit open(Actor actor, long appId) {
        Exit e = exits.openFor(appId).orElseThrow(() -> new NotFoundException("应用 " + appId + " 当前没有进行中的退出"));
        return visible(actor, e.id());
    }

    public boolean isOpen(long appId) {
        return exits.openFor(appId).isPresent();
    }

    public List<ExitStep> steps(Actor actor, long id) {
        visible(actor, id);
        return exits.steps(id);
    }

    /** Exits within the actor's jurisdiction (reviewers, supervisors, admins). */
    public ExitPage search(Actor actor, ExitState state, String department, boolean overdueOnly, int page, int size) {
        return search(actor, state, department, overdueOnly, false, page, size);
    }

    /** The same, {@code openOnly} keeping the exits not yet EXITED (in progress). */
    public ExitPage search(Actor actor, ExitState state, String department, boolean overdueOnly, boolean openOnly,
                           int page, int size) {
        if (actor.jurisdiction() == null
                || !(actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN))) {
            throw new ForbiddenException("只有审核员、督查员和管理员可以查看退出台账");
        }
        return exits.search(actor.jurisdiction().path(), state, department, overdueOnly ? today() : null, openOnly, page,
                size);
    }

    /** The public notices (公告): no login. */
    public ExitPage publicNotices(String namePart, int page, int size) {
        String q = namePart == null || namePart.isBlank() ? null : namePart.strip();
        if (q != null && q.length() > 50) {
            throw new InvalidInputException("查询内容过长", List.of(new FieldError("q", "应用名称不超过 50 个字")));
        }
        return exits.published(q, page, size);
    }

    /** The figures of clearance for the actor's jurisdiction (or a division within it). */
    public ExitFigures figures(Actor actor, Division within) {
        Division scope = within == null ? actor.jurisdiction() : within;
        if (scope == null || !actor.oversees(scope)) {
            throw new NotFoundException("您的辖区内没有该区划");
        }
        return exits.figures(scope.path());
    }

    /** The office that reviews an exit: the owner's city's, or the province's for a provincial unit. */
    public static String officeOf(Exit e) {
        return e.owner().division().cityCode();
    }

    public ExitSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    // ---- plumbing -------------------------------------------------------------------------------------------------

    private void requireStartable(App app, boolean fromRecheck) {
        exits.openFor(app.id()).ifPresent(open -> {
            throw new StateConflictException("应用“" + app.displayName() + "”已在退出中（退出 " + open.id() + "）",
                    open.state().name());
        });
        boolean startable = fromRecheck
                ? app.status() == AppStatus.UNDER_RECHECK || app.status() == AppStatus.INTEGRATING
                : app.status().isExitable();
        if (!startable) {
            throw new StateConflictException("应用当前状态为“" + app.status().label() + "”，不能启动退出",
                    app.status().name());
        }
    }

    private Exit requireOwner(Actor actor, long id, String action) {
        Exit e = visible(actor, id);
        if (!actor.has(Role.APPLICANT) || !actor.worksFor(e.owner().code())) {
            throw new ForbiddenException("只有主办单位的经办人可以" + action);
        }
        return e;
    }

    private Exit requireReviewer(Actor actor, long id) {
        Exit e = visible(actor, id);
        whyNotReviewer(actor, e).ifPresent(why -> {
            throw new ForbiddenException(why);
        });
        return e;
    }

    /**
     * Why the actor may not decide the exit's steps, or empty when it may: a reviewer of the office {@link #officeOf}
     * names, never a member of the owner unit.
     */
    public static Optional<String> whyNotReviewer(Actor actor, Exit e) {
        if (!actor.has(Role.REVIEWER) || actor.jurisdiction() == null
                || !actor.jurisdiction().code().equals(officeOf(e))) {
            return Optional.of("退出由 " + officeOf(e) + " 网信部门审核员审核");
        }
        if (actor.worksFor(e.owner().code())) {
            return Optional.of("主办单位的人员不能审核本单位应用的退出");
        }
        return Optional.empty();
    }

    private App visibleApp(Actor actor, long appId) {
        return apps.byId(appId).filter(app -> maySee(actor, app.owner().division(), app.owner().code()))
                .orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
    }

    /** The owner unit's applicants, and the reviewers, supervisors and administrators whose jurisdiction holds it. */
    private static boolean maySee(Actor actor, Division division, String unitCode) {
        boolean owner = actor.has(Role.APPLICANT) && actor.worksFor(unitCode);
        boolean overseer = actor.oversees(division)
                && (actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN));
        return owner || overseer || actor.isSystem();
    }

    private App app(Exit e) {
        return apps.byId(e.appId()).orElseThrow(() -> new NotFoundException("未找到应用 " + e.appId()));
    }

    private Exit byId(long id) {
        return exits.byId(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的退出"));
    }
}
