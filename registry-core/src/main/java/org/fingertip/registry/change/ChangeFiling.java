package org.fingertip.registry.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.app.Gap;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.shared.StateConflictException;

/**
 * One change filing (变更备案) of a filed app: the form as filed when the change was filed ({@code previousForm}) and
 * the form proposed, the day the change takes effect, the sections that differ, the pre-check's findings on the
 * proposed form, and the gaps of the last return. Every transition is guarded and recorded as a {@link ChangeStep}.
 * The reviews themselves are {@link ChangeReview}s.
 *
 * <p>{@code owner} is the unit that holds the filing while the change is decided: its offices review the change and
 * its applicants file and revise it; {@code proposedOwner} takes the filing over when a change of owner is approved.
 */
public final class ChangeFiling {
    public static final int TEXT_MAX = 2000;

    private Long id;
    private final long appId;
    private final String appName;
    private final String filingNumber;
    private final Unit owner;
    private final FilingForm previousForm;
    private Unit proposedOwner;
    private FilingForm proposedForm;
    private LocalDate effectiveDate;
    private String explanation;
    private List<FormSection> changedSections;
    private List<Finding> findings;
    private List<Gap> gaps;
    private ChangeState state;
    private Instant stateSince;
    private final String filedBy;
    private final Instant filedAt;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private int version;
    private final List<ChangeStep> newSteps = new ArrayList<>();

    private ChangeFiling(Long id, long appId, String appName, String filingNumber, Unit owner, FilingForm previousForm,
                         Unit proposedOwner, FilingForm proposedForm, LocalDate effectiveDate, String explanation,
                         List<FormSection> changedSections, List<Finding> findings, List<Gap> gaps, ChangeState state,
                         Instant stateSince, String filedBy, Instant filedAt, String submittedBy, Instant submittedAt,
                         String decidedBy, Instant decidedAt, int version) {
        this.id = id;
        this.appId = appId;
        this.appName = Objects.requireNonNull(appName, "appName");
        this.filingNumber = Objects.requireNonNull(filingNumber, "filingNumber");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.previousForm = Objects.requireNonNull(previousForm, "previousForm");
        this.proposedOwner = Objects.requireNonNull(proposedOwner, "proposedOwner");
        this.proposedForm = Objects.requireNonNull(proposedForm, "proposedForm");
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "effectiveDate");
        this.explanation = explanation;
        this.changedSections = List.copyOf(changedSections);
        this.findings = List.copyOf(findings);
        this.gaps = List.copyOf(gaps);
        this.state = Objects.requireNonNull(state, "state");
        this.stateSince = stateSince;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.version = version;
    }

    /**
     * A new change of a filed app, UNDER_REVIEW. The caller has checked the rules (the form complete, the effective
     * date far enough ahead); here only that something changes at all.
     */
    public static ChangeFiling file(long appId, String appName, String filingNumber, Unit owner, FilingForm current,
                                    Unit proposedOwner, FilingForm proposed, LocalDate effectiveDate,
                                    String explanation, String actor, Instant now) {
        List<FormSection> sections = changedOrRefuse(current, proposed);
        ChangeFiling c = new ChangeFiling(null, appId, appName, filingNumber, owner, current, proposedOwner, proposed,
                effectiveDate, clean(explanation), sections, List.of(), List.of(), ChangeState.UNDER_REVIEW, now, actor,
                now, actor, now, null, null, 0);
        c.newSteps.add(new ChangeStep(null, ChangeState.UNDER_REVIEW, "申请变更", actor, now, c.describe()));
        return c;
    }

    /** Rebuilds a stored change (adapters only); no step is recorded. */
    public static ChangeFiling restore(long id, long appId, String appName, String filingNumber, Unit owner,
                                       FilingForm previousForm, Unit proposedOwner, FilingForm proposedForm,
                                       LocalDate effectiveDate, String explanation, List<FormSection> changedSections,
                                       List<Finding> findings, List<Gap> gaps, ChangeState state, Instant stateSince,
                                       String filedBy, Instant filedAt, String submittedBy, Instant submittedAt,
                                       String decidedBy, Instant decidedAt, int version) {
        return new ChangeFiling(id, appId, appName, filingNumber, owner, previousForm, proposedOwner, proposedForm,
                effectiveDate, explanation, changedSections, findings, gaps, state, stateSince, filedBy, filedAt,
                submittedBy, submittedAt, decidedBy, decidedAt, version);
    }

    // ---- the owner -----------------------------------------------------------------------------------------------

    /** RETURNED → UNDER_REVIEW with a revised proposal; the pre-check and the reviews start again. */
    public void revise(Unit newProposedOwner, FilingForm newProposed, LocalDate newEffectiveDate,
                       String newExplanation, String actor, Instant now) {
        guard(EnumSet.of(ChangeState.RETURNED), "修改后重新提交");
        List<FormSection> sections = changedOrRefuse(previousForm, newProposed);
        this.proposedOwner = Objects.requireNonNull(newProposedOwner, "newProposedOwner");
        this.proposedForm = newProposed;
        this.effectiveDate = Objects.requireNonNull(newEffectiveDate, "newEffectiveDate");
        this.explanation = clean(newExplanation);
        this.changedSections = sections;
        this.findings = List.of();
        this.gaps = List.of();
        this.submittedBy = actor;
        this.submittedAt = now;
        move(ChangeState.UNDER_REVIEW, "补正后重新提交", actor, now, describe());
    }

    /** UNDER_REVIEW or RETURNED → WITHDRAWN: the owner takes the change back before a decision. */
    public void withdraw(String actor, Instant now, String reason) {
        guard(EnumSet.of(ChangeState.UNDER_REVIEW, ChangeState.RETURNED), "撤回");
        decided(ChangeState.WITHDRAWN, "撤回变更", actor, now, reason == null || reason.isBlank() ? "申请单位撤回变更" : reason.strip());
    }

    /** RETURNED → ABANDONED: not revised within the deadline (视为放弃). */
    public void abandon(String actor, Instant now) {
        guard(EnumSet.of(ChangeState.RETURNED), "视为放弃");
        decided(ChangeState.ABANDONED, "视为放弃", actor, now, "退回后未在规定期限内补正，变更视为放弃，备案信息不变");
    }

    // ---- the process and the reviewers ---------------------------------------------------------------------------

    /** Keeps the pre-check's findings on the proposed form with the change. */
    public void recordFindings(List<Finding> newFindings) {
        guard(EnumSet.of(ChangeState.UNDER_REVIEW), "记录预审结果");
        this.findings = List.copyOf(newFindings);
    }

    /** UNDER_REVIEW → RETURNED, with every gap listed at once. */
    public void returnForRevision(List<Gap> allGaps, String actor, Instant now, String note) {
        if (allGaps.isEmpty()) {
            throw new IllegalArgumentException("退回必须一次性列明全部问题");
        }
        guard(EnumSet.of(ChangeState.UNDER_REVIEW), "退回");
        this.gaps = List.copyOf(allGaps);
        move(ChangeState.RETURNED, "退回", actor, now, note);
    }

    /** The first review passed: recorded, the change stays UNDER_REVIEW for the provincial review. */
    public void firstReviewPassed(String actor, Instant now, String comment) {
        guard(EnumSet.of(ChangeState.UNDER_REVIEW), "记录初审通过");
        newSteps.add(new ChangeStep(state, state, "初审通过", actor, now, comment == null ? "初审通过" : comment));
    }

    /** UNDER_REVIEW → APPROVED. */
    public void approve(String actor, Instant now, String note) {
        guard(EnumSet.of(ChangeState.UNDER_REVIEW), "通过");
        decided(ChangeState.APPROVED, "变更通过", actor, now, note);
    }

    /** UNDER_REVIEW → REJECTED; the filing stays as it was. */
    public void reject(String actor, Instant now, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("不予变更必须说明理由");
        }
        guard(EnumSet.of(ChangeState.UNDER_REVIEW), "不予变更");
        decided(ChangeState.REJECTED, "不予变更", actor, now, reason);
    }

    /** An open change ends because the filing itself was revoked. */
    public void endedByRevocation(String actor, Instant now, String reason) {
        guard(EnumSet.of(ChangeState.UNDER_REVIEW, ChangeState.RETURNED), "终止");
        decided(ChangeState.ENDED, "备案撤销，变更终止", actor, now, reason);
    }

    // ---- guards --------------------------------------------------------------------------------------------------

    private static List<FormSection> changedOrRefuse(FilingForm current, FilingForm proposed) {
        List<FormSection> sections = FormDiff.sections(FormDiff.between(current, Objects.requireNonNull(proposed)));
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("变更后的申请表与现行备案信息完全相同");
        }
        return sections;
    }

    private void decided(ChangeState to, String action, String actor, Instant now, String note) {
        this.decidedBy = actor;
        this.decidedAt = now;
        move(to, action, actor, now, note);
    }

    private void move(ChangeState to, String action, String actor, Instant now, String note) {
        ChangeState from = state;
        state = to;
        stateSince = now;
        newSteps.add(new ChangeStep(from, to, action, actor, now, note));
    }

    private void guard(Set<ChangeState> allowed, String action) {
        if (!allowed.contains(state)) {
            throw new StateConflictException("变更 " + id + " 当前状态为“" + state.label() + "”（" + state + "），不能"
                    + action, state.name());
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String describe() {
        return "变更部分：" + String.join("、", changedSections.stream().map(FormSection::label).toList())
                + "；生效日期 " + effectiveDate + (explanation == null ? "" : "；说明：" + explanation);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The changed sections with their fields, old and new values. */
    public List<SectionChange> diff() {
        return FormDiff.between(previousForm, proposedForm);
    }

    /** True for the user who filed or last resubmitted this change: it never decides it. */
    public boolean isFiledBy(String username) {
        return username.equals(filedBy) || username.equals(submittedBy);
    }

    public boolean ownerChanges() {
        return !owner.code().equals(proposedOwner.code());
    }

    /** The app's id while the change is open, else null: the store keeps one open change per app with it. */
    public Long openAppId() {
        return state.isOpen() ? appId : null;
    }

    public List<ChangeStep> newSteps() {
        return List.copyOf(newSteps);
    }

    public void stepsSaved(long assignedId, int newVersion) {
        this.id = assignedId;
        this.version = newVersion;
        newSteps.clear();
    }

    public Long id() { return id; }
    public long appId() { return appId; }
    public String appName() { return appName; }
    public String filingNumber() { return filingNumber; }
    public Unit owner() { return owner; }
    public FilingForm previousForm() { return previousForm; }
    public Unit proposedOwner() { return proposedOwner; }
    public FilingForm proposedForm() { return proposedForm; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public String explanation() { return explanation; }
    public List<FormSection> changedSections() { return changedSections; }
    public List<Finding> findings() { return findings; }
    public List<Gap> gaps() { return gaps; }
    public ChangeState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public String filedBy() { return filedBy; }
    public Instant filedAt() { return filedAt; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public int version() { return version; }
}
