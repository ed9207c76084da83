package org.fingertip.registry.recheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The re-check (回头看) of one app: the owner's self-inspection, the verdict computed from the facts, the reviewer's
 * confirmation, and for a zombie the window to update or appeal. Every transition is guarded and recorded as a
 * {@link RecheckStep}.
 *
 * <pre>
 * SELF_INSPECTION ─assess→ AWAITING_CONFIRMATION ─confirm→ CONCLUDED
 *                                                └confirm EXIT (zombie)→ ZOMBIE_WINDOW ─windowClosed→ CONCLUDED
 *                                                                                      └appeal→ APPEAL_PENDING ─decide→ CONCLUDED
 * </pre>
 */
public final class Recheck {
    public static final int TEXT_MAX = 4000;

    private Long id;
    private final long appId;
    private final String appName;
    private final Unit owner;
    private final RecheckTrigger trigger;
    private RecheckState state;
    private Verdict proposal;
    private String statement;
    private String answeredBy;
    private Instant answeredAt;
    private boolean selfInspectionLate;
    private VerdictOutcome computed;
    private Verdict confirmed;
    private String confirmedBy;
    private String overrideReason;
    private Instant windowEnds;
    private String appeal;
    private RecheckOutcome outcome;
    private final String startedBy;
    private final Instant startedAt;
    private Instant concludedAt;
    private int version;
    private final List<RecheckStep> newSteps = new ArrayList<>();

    private Recheck(Long id, long appId, String appName, Unit owner, RecheckTrigger trigger, RecheckState state,
                    String startedBy, Instant startedAt, int version) {
        this.id = id;
        this.appId = appId;
        this.appName = appName;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.state = Objects.requireNonNull(state, "state");
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.version = version;
    }

    public static Recheck start(long appId, String appName, Unit owner, RecheckTrigger trigger, String actor,
                                Instant now) {
        Recheck r = new Recheck(null, appId, appName, owner, trigger, RecheckState.SELF_INSPECTION, actor, now, 0);
        r.newSteps.add(new RecheckStep(null, RecheckState.SELF_INSPECTION, "启动复核", actor, now, trigger.label()));
        return r;
    }

    /** Rebuilds a stored re-check (adapters only). */
    public static Recheck restore(long id, long appId, String appName, Unit owner, RecheckTrigger trigger,
                                  RecheckState state, Verdict proposal, String statement, String answeredBy,
                                  Instant answeredAt, boolean selfInspectionLate, VerdictOutcome computed,
                                  Verdict confirmed, String confirmedBy, String overrideReason, Instant windowEnds,
                                  String appeal, RecheckOutcome outcome, String startedBy, Instant startedAt,
                                  Instant concludedAt, int version) {
        Recheck r = new Recheck(id, appId, appName, owner, trigger, state, startedBy, startedAt, version);
        r.proposal = proposal;
        r.statement = statement;
        r.answeredBy = answeredBy;
        r.answeredAt = answeredAt;
        r.selfInspectionLate = selfInspectionLate;
        r.computed = computed;
        r.confirmed = confirmed;
        r.confirmedBy = confirmedBy;
        r.overrideReason = overrideReason;
        r.windowEnds = windowEnds;
        r.appeal = appeal;
        r.outcome = outcome;
        r.concludedAt = concludedAt;
        return r;
    }

    /** The owner answers the self-inspection, once, before it is assessed. */
    public void answerSelfInspection(Verdict proposed, String text, String actor, Instant now) {
        guard(EnumSet.of(RecheckState.SELF_INSPECTION), "提交自查");
        if (answeredAt != null || selfInspectionLate) {
            throw new StateConflictException(answeredAt != null ? "自查自评已提交" : "自查期限已过，不能再提交自查",
                    state.name());
        }
        if (proposed == null) {
            throw new InvalidInputException("请选择自查结论", List.of(new FieldError("proposal", "请选择 KEEP、RECTIFY、INTEGRATE 或 EXIT")));
        }
        requireText(text, "自查说明", "statement");
        this.proposal = proposed;
        this.statement = text.strip();
        this.answeredBy = actor;
        this.answeredAt = now;
        newSteps.add(new RecheckStep(state, state, "提交自查", actor, now, proposed.label() + "：" + statement));
    }

    /**
     * The self-inspection was not answered by its due date: recorded together with its escalation to the supervisors
     * of {@code supervisorsOf} (a division code); the verdict then rests on the facts alone. Recorded once: false when
     * it already was (a retried timer job).
     */
    public boolean selfInspectionMissed(Instant now, String supervisorsOf) {
        guard(EnumSet.of(RecheckState.SELF_INSPECTION), "记录自查逾期");
        if (answeredAt != null) {
            throw new StateConflictException("自查自评已提交，不属逾期", state.name());
        }
        if (selfInspectionLate) {
            return false;
        }
        this.selfInspectionLate = true;
        newSteps.add(new RecheckStep(state, state, "自查逾期", "system", now, "主办单位未在期限内提交自查自评，按事实研判"));
        newSteps.add(new RecheckStep(state, state, "上报督查", "system", now,
                "自查逾期已上报 " + Objects.requireNonNull(supervisorsOf, "supervisorsOf") + " 督查员"));
        return true;
    }

    /** The facts were judged: SELF_INSPECTION → AWAITING_CONFIRMATION (after the answer or its missed deadline). */
    public void assessed(VerdictOutcome result, Instant now) {
        guard(EnumSet.of(RecheckState.SELF_INSPECTION), "研判");
        if (answeredAt == null && !selfInspectionLate) {
            throw new StateConflictException("自查自评尚未提交，期限也未届满，不能研判", state.name());
        }
        this.computed = Objects.requireNonNull(result, "result");
        move(RecheckState.AWAITING_CONFIRMATION, "研判", "system", now, describe(result));
    }

    /**
     * A reviewer confirms the verdict, with a reason when it differs from the computed one. A zombie's EXIT opens
     * the appeal window; every other verdict concludes the re-check.
     */
    public void confirm(Verdict verdict, String reason, String actor, Instant now, int appealWindowDays) {
        guard(EnumSet.of(RecheckState.AWAITING_CONFIRMATION), "确认复核结论");
        if (verdict == null) {
            throw new InvalidInputException("请选择复核结论", List.of(new FieldError("verdict", "请选择 KEEP、RECTIFY、INTEGRATE 或 EXIT")));
        }
        boolean override = verdict != computed.verdict();
        if (override) {
            requireText(reason, "改变研判结论的理由", "overrideReason");
        }
        this.confirmed = verdict;
        this.confirmedBy = actor;
        this.overrideReason = override ? reason.strip() : null;
        String note = verdict.label() + (override ? "（改变研判结论“" + computed.verdict().label() + "”：" + overrideReason + "）" : "");
        if (verdict == Verdict.EXIT && computed.zombie()) {
            this.windowEnds = now.plus(java.time.Duration.ofDays(appealWindowDays));
            move(RecheckState.ZOMBIE_WINDOW, "确认结论", actor, now, note + "；申辩期至 " + windowEnds);
        } else {
            conclude(outcomeOf(verdict), "确认结论", actor, now, note);
        }
    }

    /** The owner of a zombie appeals within the window. */
    public void appeal(String text, String actor, Instant now) {
        guard(EnumSet.of(RecheckState.ZOMBIE_WINDOW), "申辩");
        requireText(text, "申辩理由", "text");
        this.appeal = text.strip();
        move(RecheckState.APPEAL_PENDING, "申辩", actor, now, appeal);
    }

    /** A reviewer decides the appeal: upheld keeps the app, dismissed hands it over to exit. */
    public void decideAppeal(boolean upheld, String reason, String actor, Instant now) {
        guard(EnumSet.of(RecheckState.APPEAL_PENDING), "决定申辩");
        requireText(reason, "决定理由", "reason");
        conclude(upheld ? RecheckOutcome.KEPT : RecheckOutcome.EXIT_HANDED_OVER, upheld ? "申辩成立" : "申辩不成立",
                actor, now, reason.strip());
    }

    /** The window closed without an appeal; the facts were judged again. */
    public void windowClosed(VerdictOutcome reassessed, Instant now) {
        guard(EnumSet.of(RecheckState.ZOMBIE_WINDOW), "结束申辩期");
        boolean stillZombie = reassessed.zombie();
        conclude(stillZombie ? RecheckOutcome.EXIT_HANDED_OVER : RecheckOutcome.KEPT, "申辩期届满", "system", now,
                stillZombie ? "仍为僵尸应用，移交清理退出" : "申辩期内已恢复更新或使用，予以保留（" + describe(reassessed) + "）");
    }

    private void conclude(RecheckOutcome result, String action, String actor, Instant now, String note) {
        this.outcome = result;
        this.concludedAt = now;
        move(RecheckState.CONCLUDED, action, actor, now, note + "；" + result.label());
    }

    private static RecheckOutcome outcomeOf(Verdict verdict) {
        return switch (verdict) {
            case KEEP -> RecheckOutcome.KEPT;
            case RECTIFY -> RecheckOutcome.RECTIFYING;
            case INTEGRATE -> RecheckOutcome.INTEGRATION_HANDED_OVER;
            case EXIT -> RecheckOutcome.EXIT_HANDED_OVER;
        };
    }

    private static String describe(VerdictOutcome o) {
        return o.verdict().label() + (o.reasons().isEmpty() ? "" : "：" + String.join("、",
                o.reasons().stream().map(RecheckReason::label).toList()));
    }

    private void move(RecheckState to, String action, String actor, Instant now, String note) {
        RecheckState from = state;
        state = to;
        newSteps.add(new RecheckStep(from, to, action, actor, now, note));
    }

    private void guard(Set<RecheckState> allowed, String action) {
        if (!allowed.contains(state)) {
            throw new StateConflictException("复核当前状态为“" + state.label() + "”（" + state + "），不能" + action,
                    state.name());
        }
    }

    private static void requireText(String text, String what, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("请填写" + what, List.of(new FieldError(field, "请填写" + what)));
        }
        if (text.length() > TEXT_MAX) {
            throw new InvalidInputException(what + "过长",
                    List.of(new FieldError(field, what + "不能超过 " + TEXT_MAX + " 个字符")));
        }
    }

    public List<RecheckStep> newSteps() {
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
    public Unit owner() { return owner; }
    public RecheckTrigger trigger() { return trigger; }
    public RecheckState state() { return state; }
    public Verdict proposal() { return proposal; }
    public String statement() { return statement; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public boolean selfInspectionLate() { return selfInspectionLate; }
    public VerdictOutcome computed() { return computed; }
    public Verdict confirmed() { return confirmed; }
    public String confirmedBy() { return confirmedBy; }
    public String overrideReason() { return overrideReason; }
    public Instant windowEnds() { return windowEnds; }
    public String appeal() { return appeal; }
    public RecheckOutcome outcome() { return outcome; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant concludedAt() { return concludedAt; }
    public int version() { return version; }
}
