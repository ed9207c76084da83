package org.fingertip.registry.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The exit (清理退出) of one app, from the plan to deregistration; see {@link ExitState}. Every transition is guarded
 * and recorded as an {@link ExitStep}. A supervisor's direction (限期关停) carries a deadline by which the app must be
 * offline; a deadline shorter than the notice period is moved to the end of the notice period, and the exit says why.
 */
public final class Exit {
    public static final int TEXT_MAX = 2000;

    private Long id;
    private final long appId;
    private final String appName;
    private final Unit owner;
    private final ExitTrigger trigger;
    private final Long recheckId;
    private final ExitReason suggestedReason;
    private final String directedBy;
    private final LocalDate deadline;
    private final LocalDate effectiveDeadline;
    private final String deadlineNote;
    private ExitState state;
    private ExitPlan plan;
    private String returnComment;
    private Integer migratedUsers;
    private String migrationNote;
    private Instant noticePublishedAt;
    private LocalDate offlineDate;
    private Instant offlineConfirmedAt;
    private List<String> storesDelisted = List.of();
    private String offlineEvidence;
    private Instant deregistrationDue;
    private boolean deregistrationLate;
    private String deregistrationStatement;
    private boolean deadlineMissed;
    private String verifiedBy;
    private Instant exitedAt;
    private final String startedBy;
    private final Instant startedAt;
    private int version;
    private final List<ExitStep> newSteps = new ArrayList<>();

    /** What an exit was started with; the adapter restores the rest. */
    public record Start(long appId, String appName, Unit owner, ExitTrigger trigger, Long recheckId,
                        ExitReason suggestedReason, String directedBy, LocalDate deadline, LocalDate effectiveDeadline,
                        String deadlineNote, String startedBy, Instant startedAt) {
        public Start {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(startedBy, "startedBy");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    private Exit(Long id, Start s, ExitState state, int version) {
        this.id = id;
        this.appId = s.appId();
        this.appName = s.appName();
        this.owner = s.owner();
        this.trigger = s.trigger();
        this.recheckId = s.recheckId();
        this.suggestedReason = s.suggestedReason();
        this.directedBy = s.directedBy();
        this.deadline = s.deadline();
        this.effectiveDeadline = s.effectiveDeadline();
        this.deadlineNote = s.deadlineNote();
        this.startedBy = s.startedBy();
        this.startedAt = s.startedAt();
        this.state = Objects.requireNonNull(state, "state");
        this.version = version;
    }

    public static Exit start(Start s) {
        Exit e = new Exit(null, s, ExitState.PLANNING, 0);
        StringBuilder note = new StringBuilder(s.trigger().label());
        if (s.effectiveDeadline() != null) {
            note.append("；限期 ").append(s.effectiveDeadline()).append(" 前下架停服");
        }
        if (s.deadlineNote() != null) {
            note.append("（").append(s.deadlineNote()).append("）");
        }
        e.newSteps.add(new ExitStep(null, ExitState.PLANNING, "启动退出", s.startedBy(), s.startedAt(),
                note.toString()));
        return e;
    }

    /** The stored details of an exit, for {@link #restore} (adapters only). */
    public record Details(ExitPlan plan, String returnComment, Integer migratedUsers, String migrationNote,
                          Instant noticePublishedAt, LocalDate offlineDate, Instant offlineConfirmedAt,
                          List<String> storesDelisted, String offlineEvidence, Instant deregistrationDue,
                          boolean deregistrationLate, String deregistrationStatement, boolean deadlineMissed,
                          String verifiedBy, Instant exitedAt) {
    }

    public static Exit restore(long id, Start s, ExitState state, Details d, int version) {
        Exit e = new Exit(id, s, state, version);
        e.plan = d.plan();
        e.returnComment = d.returnComment();
        e.migratedUsers = d.migratedUsers();
        e.migrationNote = d.migrationNote();
        e.noticePublishedAt = d.noticePublishedAt();
        e.offlineDate = d.offlineDate();
        e.offlineConfirmedAt = d.offlineConfirmedAt();
        e.storesDelisted = d.storesDelisted() == null ? List.of() : List.copyOf(d.storesDelisted());
        e.offlineEvidence = d.offlineEvidence();
        e.deregistrationDue = d.deregistrationDue();
        e.deregistrationLate = d.deregistrationLate();
        e.deregistrationStatement = d.deregistrationStatement();
        e.deadlineMissed = d.deadlineMissed();
        e.verifiedBy = d.verifiedBy();
        e.exitedAt = d.exitedAt();
        return e;
    }

    public Details details() {
        return new Details(plan, returnComment, migratedUsers, migrationNote, noticePublishedAt, offlineDate,
                offlineConfirmedAt, storesDelisted, offlineEvidence, deregistrationDue, deregistrationLate,
                deregistrationStatement, deadlineMissed, verifiedBy, exitedAt);
    }

    public Start started() {
        return new Start(appId, appName, owner, trigger, recheckId, suggestedReason, directedBy, deadline,
                effectiveDeadline, deadlineNote, startedBy, startedAt);
    }

    // ---- transitions ----------------------------------------------------------------------------------------------

    /** The owner files (or, after a return, files again) the plan; the notice period is checked against today. */
    public void filePlan(ExitPlan newPlan, LocalDate today, ExitSettings settings, String actor, Instant now) {
        guard(EnumSet.of(ExitState.PLANNING), "提交退出方案");
        List<FieldError> problems = Objects.requireNonNull(newPlan, "plan")
                .problems(today.plusDays(settings.noticeDays()), settings.noticeDays());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("退出方案有 " + problems.size() + " 处需要修改", problems);
        }
        plan = newPlan;
        returnComment = null;
        move(ExitState.PLAN_REVIEW, "提交退出方案", actor, now, newPlan.reason().label() + "；拟于 "
                + newPlan.offlineDate() + " 下线" + (newPlan.toPlatform() ? "；整合至统一平台" : ""));
    }

    /** A reviewer returns the plan with what to change. */
    public void returnPlan(String comment, String actor, Instant now) {
        guard(EnumSet.of(ExitState.PLAN_REVIEW), "退回退出方案");
        returnComment = requireText(comment, "comment", "请写明退回的理由和需要修改之处");
        move(ExitState.PLANNING, "退回退出方案", actor, now, returnComment);
    }

    /**
     * A reviewer approves the plan: an integration goes on to migrate its users; any other exit publishes its public
     * notice now, and the offline date must still leave the full notice period.
     */
    public void approvePlan(String comment, LocalDate today, ExitSettings settings, String actor, Instant now) {
        guard(EnumSet.of(ExitState.PLAN_REVIEW), "批准退出方案");
        String note = comment == null || comment.isBlank() ? "同意" : limit(comment, "comment");
        if (plan.toPlatform()) {
            move(ExitState.MIGRATING, "批准退出方案", actor, now, note + "；先将用户迁移至统一平台");
            return;
        }
        LocalDate earliest = today.plusDays(settings.noticeDays());
        if (plan.offlineDate().isBefore(earliest)) {
            throw new RuleViolationException("下线日期 " + plan.offlineDate() + " 距今不足 " + settings.noticeDays()
                    + " 天公告期，请退回主办单位修改下线日期（最早 " + earliest + "）",
                    List.of(new FieldError("offlineDate", "下线日期最早为 " + earliest)));
        }
        move(ExitState.PLAN_REVIEW, "批准退出方案", actor, now, note);
        publish(plan.offlineDate(), null, now);
    }

    /** The owner reports the users' migration onto the platform. */
    public void reportMigration(Integer users, String note, String actor, Instant now) {
        guard(EnumSet.of(ExitState.MIGRATING), "报告用户迁移");
        if (users == null || users < 0) {
            throw new InvalidInputException("请填写已迁移的用户数",
                    List.of(new FieldError("migratedUsers", "请填写已迁移至统一平台的用户数（不小于 0）")));
        }
        migratedUsers = users;
        migrationNote = requireText(note, "note", "请说明用户迁移的情况（渠道、时间、未迁移用户的安排）");
        move(ExitState.MIGRATION_REVIEW, "报告用户迁移", actor, now, "已迁移用户 " + users + " 人；" + migrationNote);
    }

    /** A reviewer sends the migration back with what is missing. */
    public void returnMigration(String comment, String actor, Instant now) {
        guard(EnumSet.of(ExitState.MIGRATION_REVIEW), "退回迁移报告");
        returnComment = requireText(comment, "comment", "请写明迁移验收未通过的理由");
        move(ExitState.MIGRATING, "退回迁移报告", actor, now, returnComment);
    }

    /**
     * A reviewer accepts the migration: the public notice is published now; if the planned offline date no longer
     * leaves the full notice period, it moves to the first date that does, and the step says why.
     */
    public void acceptMigration(String comment, LocalDate today, ExitSettings settings, String actor, Instant now) {
        guard(EnumSet.of(ExitState.MIGRATION_REVIEW), "迁移验收");
        move(ExitState.MIGRATION_REVIEW, "迁移验收通过", actor, now,
                comment == null || comment.isBlank() ? "同意" : limit(comment, "comment"));
        LocalDate earliest = today.plusDays(settings.noticeDays());
        if (plan.offlineDate().isBefore(earliest)) {
            publish(earliest, "原定 " + plan.offlineDate() + " 距公告不足 " + settings.noticeDays() + " 天，下线日期顺延至 "
                    + earliest, now);
        } else {
            publish(plan.offlineDate(), null, now);
        }
    }

    private void publish(LocalDate offline, String why, Instant now) {
        offlineDate = offline;
        noticePublishedAt = now;
        move(ExitState.NOTICE, "发布公告", "system", now, "公告发布，定于 " + offline + " 下线" + (why == null ? "" : "；" + why));
    }

    /** The offline date came: the owner is to delist the app and stop its service. */
    public void noticeEnded(Instant now) {
        guard(EnumSet.of(ExitState.NOTICE), "公告期满");
        move(ExitState.OFFLINE, "公告期满", "system", now, "已到下线日期 " + offlineDate);
    }

    /**
     * The owner confirms the app is delisted from every store and its service stopped, with evidence; the
     * deregistration is then due by {@code due}.
     */
    public void confirmOffline(List<String> delisted, Boolean serviceStopped, String evidence, Set<String> stores,
                               Instant due, String actor, Instant now) {
        guard(EnumSet.of(ExitState.OFFLINE), "确认下架停服");
        List<FieldError> errors = new ArrayList<>();
        List<String> named = delisted == null ? List.of() : delisted.stream().filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> missing = stores.stream().filter(s -> !named.contains(s)).sorted().toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("storesDelisted", "尚未确认从以下渠道下架：" + String.join("、", missing)));
        }
        if (!Boolean.TRUE.equals(serviceStopped)) {
            errors.add(new FieldError("serviceStopped", "请确认服务已停止"));
        }
        if (evidence == null || evidence.isBlank()) {
            errors.add(new FieldError("evidence", "请提供下架停服的证明（截图说明、应用市场回执等）"));
        } else if (evidence.strip().length() > TEXT_MAX) {
            errors.add(new FieldError("evidence", "证明材料说明不超过 " + TEXT_MAX + " 个字"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("尚不能确认下架停服", errors);
        }
        storesDelisted = named;
        offlineEvidence = evidence.strip();
        offlineConfirmedAt = now;
        deregistrationDue = Objects.requireNonNull(due, "due");
        move(ExitState.DEREGISTRATION, "确认下架停服", actor, now, "已下架：" + String.join("、", named)
                + "；服务已停止；" + offlineEvidence);
    }

    /** The deregistration's due date passed without it: recorded once; false when it already was. */
    public boolean deregistrationOverdue(Instant now) {
        guard(EnumSet.of(ExitState.DEREGISTRATION), "记录注销逾期");
        if (deregistrationLate) {
            return false;
        }
        deregistrationLate = true;
        move(ExitState.DEREGISTRATION, "注销逾期", "system", now, "下线后未在期限内申请注销，已上报督查");
        return true;
    }

    /** The owner files the deregistration (注销). */
    public void fileDeregistration(String statement, String actor, Instant now) {
        guard(EnumSet.of(ExitState.DEREGISTRATION), "申请注销");
        deregistrationStatement = requireText(statement, "statement", "请说明注销申请（数据已按方案处置等）");
        returnComment = null;
        move(ExitState.VERIFICATION, "申请注销", actor, now, deregistrationStatement);
    }

    /** A reviewer sends the deregistration back. */
    public void sendBackDeregistration(String comment, String actor, Instant now) {
        guard(EnumSet.of(ExitState.VERIFICATION), "退回注销申请");
        returnComment = requireText(comment, "comment", "请写明核验未通过的理由");
        move(ExitState.DEREGISTRATION, "退回注销申请", actor, now, returnComment);
    }

    /** A reviewer verifies the exit: EXITED. */
    public void verified(String comment, String actor, Instant now) {
        guard(EnumSet.of(ExitState.VERIFICATION), "注销核验");
        verifiedBy = actor;
        exitedAt = now;
        move(ExitState.EXITED, "注销核验通过", actor, now,
                comment == null || comment.isBlank() ? "同意注销" : limit(comment, "comment"));
    }

    /**
     * A directed exit's deadline came: missed when the app is not offline yet (recorded once, and true then, for the
     * escalation); met otherwise.
     */
    public boolean deadlineReached(Instant now) {
        if (effectiveDeadline == null || state.isOffline() || deadlineMissed) {
            return false;
        }
        deadlineMissed = true;
        move(state, "逾期未关停", "system", now, "限期 " + effectiveDeadline + " 已到，应用仍未下架停服，已上报督查");
        return true;
    }

    /** A directed exit is overdue on {@code today}: its deadline passed and the app is not offline. */
    public boolean isOverdue(LocalDate today) {
        return effectiveDeadline != null && !state.isOffline() && today.isAfter(effectiveDeadline);
    }

    // ---- plumbing -------------------------------------------------------------------------------------------------

    private void guard(Set<ExitState> from, String action) {
        if (!from.contains(state)) {
            throw new StateConflictException("退出当前为“" + state.label() + "”，不能" + action, state.name());
        }
    }

    private void move(ExitState to, String action, String actor, Instant now, String note) {
        newSteps.add(new ExitStep(state, to, action, actor, now, note));
        state = to;
    }

    private static String requireText(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(message, List.of(new FieldError(field, message)));
        }
        return limit(text, field);
    }

    private static String limit(String text, String field) {
        String t = text.strip();
        if (t.length() > TEXT_MAX) {
            throw new InvalidInputException("内容过长", List.of(new FieldError(field, "不超过 " + TEXT_MAX + " 个字")));
        }
        return t;
    }

    public List<ExitStep> newSteps() {
        return List.copyOf(newSteps);
    }

    public void stepsSaved(long assignedId, int newVersion) {
        if (id == null) {
            id = assignedId;
        }
        version = newVersion;
        newSteps.clear();
    }

    /** The instant the notice period ends: the start of the offline date, Asia/Shanghai. */
    public Instant offlineAt() {
        return offlineDate == null ? null : offlineDate.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** The end of the directed deadline's day, Asia/Shanghai, or null when the exit was not directed. */
    public Instant deadlineAt() {
        return effectiveDeadline == null ? null : WorkingCalendar.endOfDay(effectiveDeadline);
    }

    public Long id() { return id; }
    public long appId() { return appId; }
    public String appName() { return appName; }
    public Unit owner() { return owner; }
    public ExitTrigger trigger() { return trigger; }
    public Long recheckId() { return recheckId; }
    public ExitReason suggestedReason() { return suggestedReason; }
    public String directedBy() { return directedBy; }
    public LocalDate deadline() { return deadline; }
    public LocalDate effectiveDeadline() { return effectiveDeadline; }
    public String deadlineNote() { return deadlineNote; }
    public ExitState state() { return state; }
    public ExitPlan plan() { return plan; }
    public String returnComment() { return returnComment; }
    public Integer migratedUsers() { return migratedUsers; }
    public String migrationNote() { return migrationNote; }
    public Instant noticePublishedAt() { return noticePublishedAt; }
    public LocalDate offlineDate() { return offlineDate; }
    public Instant offlineConfirmedAt() { return offlineConfirmedAt; }
    public List<String> storesDelisted() { return storesDelisted; }
    public String offlineEvidence() { return offlineEvidence; }
    public Instant deregistrationDue() { return deregistrationDue; }
    public boolean deregistrationLate() { return deregistrationLate; }
    public String deregistrationStatement() { return deregistrationStatement; }
    public boolean deadlineMissed() { return deadlineMissed; }
    public String verifiedBy() { return verifiedBy; }
    public Instant exitedAt() { return exitedAt; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public int version() { return version; }
}
