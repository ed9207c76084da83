package org.fingertip.registry.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.shared.StateConflictException;

/**
 * One registered app (or account, work group, information system) and its place on the lifecycle. Every status
 * change is one method here that checks the current state, refuses an illegal move with a message naming that state,
 * and records who, when, from, to and why.
 */
public final class App {
    private Long id;
    private FilingForm form;
    private Unit owner;
    private AppStatus status;
    private Instant statusSince;
    private String filingNumber;
    private Instant filedAt;
    private List<Finding> findings;
    private List<Gap> gaps;
    private final String createdBy;
    private final Instant createdAt;
    private String submittedBy;
    private final Long previousAppId;
    private int version;
    private final List<StatusChange> newChanges = new ArrayList<>();
    /** The form as it was loaded or last saved; null for an app never saved. */
    private FilingForm savedForm;

    private App(Long id, FilingForm form, Unit owner, AppStatus status, Instant statusSince, String filingNumber,
                Instant filedAt, List<Finding> findings, List<Gap> gaps, String createdBy, Instant createdAt,
                String submittedBy, Long previousAppId, int version) {
        this.id = id;
        this.form = Objects.requireNonNull(form, "form");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.status = Objects.requireNonNull(status, "status");
        this.statusSince = statusSince;
        this.filingNumber = filingNumber;
        this.filedAt = filedAt;
        this.findings = List.copyOf(findings);
        this.gaps = List.copyOf(gaps);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.submittedBy = submittedBy;
        this.previousAppId = previousAppId;
        this.version = version;
        this.savedForm = id == null ? null : form;
    }

    /** A new application in DRAFT, optionally re-filing a rejected, withdrawn or abandoned one. */
    public static App draft(FilingForm form, Unit owner, String actor, Instant now, App previous) {
        if (previous != null && !EnumSet.of(AppStatus.REJECTED, AppStatus.WITHDRAWN, AppStatus.ABANDONED)
                .contains(previous.status())) {
            throw new StateConflictException("只有不予备案、已撤回或视为放弃的申请可以重新申报，原申请当前状态为"
                    + previous.status().label(), previous.status().name());
        }
        App app = new App(null, form, owner, AppStatus.DRAFT, now, null, null, List.of(), List.of(), actor, now,
                null, previous == null ? null : previous.id(), 0);
        app.newChanges.add(new StatusChange(null, AppStatus.DRAFT, actor, now,
                previous == null ? "创建申请" : "重新申报（原申请 " + previous.id() + "）"));
        return app;
    }

    /** An app found by the inventory: registered (accounts, groups, systems) or live but not yet filed. */
    public static App inventoried(FilingForm form, Unit owner, String actor, Instant now, String reason) {
        AppStatus initial = form.kind() != null && form.kind().isFiled() ? AppStatus.LIVE_UNFILED : AppStatus.REGISTERED;
        App app = new App(null, form, owner, initial, now, null, null, List.of(), List.of(), actor, now, null, null, 0);
        app.newChanges.add(new StatusChange(null, initial, actor, now, reason));
        return app;
    }

    /** Rebuilds an app from storage; no transition is recorded. */
    public static App restore(long id, FilingForm form, Unit owner, AppStatus status, Instant statusSince,
                              String filingNumber, Instant filedAt, List<Finding> findings, List<Gap> gaps,
                              String createdBy, Instant createdAt, String submittedBy, Long previousAppId, int version) {
        return new App(id, form, owner, status, statusSince, filingNumber, filedAt, findings, gaps, createdBy,
                createdAt, submittedBy, previousAppId, version);
    }

    // ---- the filing flow --------------------------------------------------------------------------------------

    /** Replaces the form of a draft or a returned application. */
    public void reviseForm(FilingForm newForm, Unit newOwner) {
        guard(EnumSet.of(AppStatus.DRAFT, AppStatus.RETURNED, AppStatus.LIVE_UNFILED), "修改申请表");
        this.form = Objects.requireNonNull(newForm);
        this.owner = Objects.requireNonNull(newOwner);
    }

    /** DRAFT, RETURNED or LIVE_UNFILED → UNDER_REVIEW. Completeness is the caller's check, before this. */
    public void submit(String actor, Instant now) {
        AppStatus from = status;
        move(EnumSet.of(AppStatus.DRAFT, AppStatus.RETURNED, AppStatus.LIVE_UNFILED), AppStatus.UNDER_REVIEW,
                "提交", actor, now, from == AppStatus.RETURNED ? "补正后重新提交" : "提交申请");
        this.submittedBy = actor;
        this.gaps = List.of();
    }

    /** Keeps the pre-check's findings with the case. */
    public void recordFindings(List<Finding> newFindings) {
        guard(EnumSet.of(AppStatus.UNDER_REVIEW), "记录预审结果");
        this.findings = List.copyOf(newFindings);
    }

    /** UNDER_REVIEW → RETURNED, with every gap listed at once. */
    public void returnForRevision(List<Gap> allGaps, String actor, Instant now, String reason) {
        if (allGaps.isEmpty()) {
            throw new IllegalArgumentException("退回必须一次性列明全部问题");
        }
        move(EnumSet.of(AppStatus.UNDER_REVIEW), AppStatus.RETURNED, "退回", actor, now, reason);
        this.gaps = List.copyOf(allGaps);
    }

    /** UNDER_REVIEW → REJECTED. */
    public void reject(String actor, Instant now, String reason) {
        requireReason(reason, "不予备案");
        move(EnumSet.of(AppStatus.UNDER_REVIEW), AppStatus.REJECTED, "不予备案", actor, now, reason);
    }

    /** DRAFT, UNDER_REVIEW or RETURNED → WITHDRAWN: the unit takes its application back before a decision. */
    public void withdraw(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.DRAFT, AppStatus.UNDER_REVIEW, AppStatus.RETURNED), AppStatus.WITHDRAWN, "撤回",
                actor, now, reason == null || reason.isBlank() ? "申请单位撤回" : reason);
    }

    /** RETURNED → ABANDONED: not resubmitted within the deadline (视为放弃). */
    public void abandon(String actor, Instant now) {
        move(EnumSet.of(AppStatus.RETURNED), AppStatus.ABANDONED, "视为放弃", actor, now, "退回后未在规定期限内补正，视为放弃");
    }

    /** UNDER_REVIEW → FILED with its number. */
    public void file(String number, String actor, Instant now) {
        Objects.requireNonNull(number, "number");
        move(EnumSet.of(AppStatus.UNDER_REVIEW), AppStatus.FILED, "备案", actor, now, "审核通过，予以备案：" + number);
        this.filingNumber = number;
        this.filedAt = now;
    }

    // ---- later mechanisms: the states exist now; later issues drive these ---------------------------------------

    /** FILED or REGISTERED → UNDER_RECHECK. */
    public void startRecheck(String actor, Instant now, String reason) {
        move(recheckable(), AppStatus.UNDER_RECHECK, "开始复核", actor, now, reason);
    }

    /** UNDER_RECHECK → FILED (or REGISTERED for an app that carries no number): kept. */
    public void keepAfterRecheck(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.UNDER_RECHECK), filingNumber != null ? AppStatus.FILED : AppStatus.REGISTERED,
                "复核保留", actor, now, reason);
    }

    /** UNDER_RECHECK → RECTIFYING. */
    public void startRectification(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.UNDER_RECHECK), AppStatus.RECTIFYING, "责令整改", actor, now, reason);
    }

    /** RECTIFYING → FILED (or REGISTERED): the rectification was verified. */
    public void rectified(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.RECTIFYING), filingNumber != null ? AppStatus.FILED : AppStatus.REGISTERED,
                "整改销号", actor, now, reason);
    }

    /**
     * UNDER_RECHECK or EXITING → INTEGRATING: functions and users move to the unified platform first (a re-check's
     * INTEGRATE verdict, or an approved exit plan whose replacement is the platform).
     */
    public void startIntegration(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.UNDER_RECHECK, AppStatus.EXITING), AppStatus.INTEGRATING, "整合", actor, now, reason);
    }

    /** FILED, REGISTERED, LIVE_UNFILED, UNDER_RECHECK or INTEGRATING → EXITING. */
    public void startExit(String actor, Instant now, String reason) {
        requireReason(reason, "退出");
        move(EnumSet.of(AppStatus.FILED, AppStatus.REGISTERED, AppStatus.LIVE_UNFILED, AppStatus.UNDER_RECHECK,
                AppStatus.INTEGRATING), AppStatus.EXITING, "启动退出", actor, now, reason);
    }

    /** EXITING → EXITED: offline and deregistered; the number stays on the record, cancelled. */
    public void deregister(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.EXITING), AppStatus.EXITED, "注销", actor, now, reason);
    }

    /** FILED or RECTIFYING → REVOKED (撤销备案). */
    public void revoke(String actor, Instant now, String reason) {
        requireReason(reason, "撤销备案");
        move(EnumSet.of(AppStatus.FILED, AppStatus.RECTIFYING), AppStatus.REVOKED, "撤销备案", actor, now, reason);
    }

    /** FILED → CHANGE_UNDER_REVIEW. */
    public void proposeChange(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.FILED), AppStatus.CHANGE_UNDER_REVIEW, "申请变更", actor, now, reason);
    }

    /** CHANGE_UNDER_REVIEW → FILED: the number is kept. */
    public void changeDecided(String actor, Instant now, String reason) {
        move(EnumSet.of(AppStatus.CHANGE_UNDER_REVIEW), AppStatus.FILED, "变更办结", actor, now, reason);
    }

    // ---- change filing (变更备案) ----------------------------------------------------------------------------------

    /**
     * CHANGE_UNDER_REVIEW → FILED with the approved form and owner (a new owner unit takes the app into its
     * jurisdiction); the filing number and date are kept. The change record keeps the old and the new values.
     */
    public void applyChange(FilingForm newForm, Unit newOwner, String actor, Instant now, String reason) {
        guard(EnumSet.of(AppStatus.CHANGE_UNDER_REVIEW), "变更备案信息");
        this.form = Objects.requireNonNull(newForm, "newForm");
        this.owner = Objects.requireNonNull(newOwner, "newOwner");
        move(EnumSet.of(AppStatus.CHANGE_UNDER_REVIEW), AppStatus.FILED, "变更办结", actor, now, reason);
    }

    // ---- units merged (单位合并) ----------------------------------------------------------------------------------

    /**
     * The owner unit was merged into {@code newOwner}: the app moves there whatever its state (its jurisdiction, level
     * and the form's owner with it); the history records the move with the status unchanged.
     */
    public void moveToMergedOwner(Unit newOwner, String actor, Instant now, String reason) {
        Objects.requireNonNull(newOwner, "newOwner");
        requireReason(reason, "变更主办单位");
        this.owner = newOwner;
        this.form = form.withOwner(newOwner.code());
        newChanges.add(new StatusChange(status, status, actor, now, reason));
    }

    // ---- guards --------------------------------------------------------------------------------------------------

    private void move(Set<AppStatus> allowedFrom, AppStatus to, String action, String actor, Instant now, String reason) {
        guard(allowedFrom, action);
        AppStatus from = status;
        status = to;
        statusSince = now;
        newChanges.add(new StatusChange(from, to, actor, now, reason));
    }

    private void guard(Set<AppStatus> allowedFrom, String action) {
        if (!allowedFrom.contains(status)) {
            throw new StateConflictException("应用“" + displayName() + "”当前状态为“" + status.label() + "”（" + status
                    + "），不能" + action, status.name());
        }
    }

    private static EnumSet<AppStatus> recheckable() {
        EnumSet<AppStatus> from = EnumSet.noneOf(AppStatus.class);
        for (AppStatus s : AppStatus.values()) {
            if (s.isRecheckable()) {
                from.add(s);
            }
        }
        return from;
    }

    private static void requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(action + "必须说明理由");
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** True for the user who created or last submitted this application: it never decides the case. */
    public boolean isFiledBy(String username) {
        return username.equals(createdBy) || username.equals(submittedBy);
    }

    public String displayName() {
        return form.name() == null || form.name().isBlank() ? "（未命名）" : form.name();
    }

    /** Transitions made since this object was loaded, oldest first; the adapter appends them to the history. */
    public List<StatusChange> newChanges() {
        return List.copyOf(newChanges);
    }

    /** Whether the form differs from the one loaded or last saved (always, for an app never saved). */
    public boolean formChanged() {
        return !form.equals(savedForm);
    }

    public void changesSaved(long assignedId, int newVersion) {
        this.id = assignedId;
        this.version = newVersion;
        this.savedForm = form;
        newChanges.clear();
    }

    public Long id() { return id; }
    public FilingForm form() { return form; }
    public Unit owner() { return owner; }
    public AppStatus status() { return status; }
    public Instant statusSince() { return statusSince; }
    public String filingNumber() { return filingNumber; }
    public Instant filedAt() { return filedAt; }
    public List<Finding> findings() { return findings; }
    public List<Gap> gaps() { return gaps; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String submittedBy() { return submittedBy; }
    public Long previousAppId() { return previousAppId; }
    public int version() { return version; }
}
