package org.fingertip.registry.ledger;

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
 * One finding on the rectification ledger: the app and its owner unit, what is wrong, where it came from, and the
 * deadline. The owner reports it fixed with evidence, a reviewer verifies and closes it (销号) or sends it back; a
 * deadline passed with the item still open goes to the supervisor, who extends it once or revokes the filing. Every
 * step records who, when, from, to and why.
 */
public final class LedgerItem {
    public static final int TEXT_MAX = 4000;
    /** The action of the step that records an attachment. */
    public static final String ATTACHED = "上传附件";

    private Long id;
    private final long appId;
    private final String appName;
    private final Unit owner;
    private final LedgerCategory category;
    private final String finding;
    private final LedgerSource source;
    private final String sourceRef;
    private LedgerState state;
    private Instant stateSince;
    private Instant deadline;
    private boolean extended;
    private Instant escalatedAt;
    private String evidence;
    private String reportedBy;
    private final String openedBy;
    private final Instant openedAt;
    private int version;
    private final List<LedgerStep> newSteps = new ArrayList<>();

    private LedgerItem(Long id, long appId, String appName, Unit owner, LedgerCategory category, String finding,
                       LedgerSource source, String sourceRef, LedgerState state, Instant stateSince, Instant deadline,
                       boolean extended, Instant escalatedAt, String evidence, String reportedBy, String openedBy,
                       Instant openedAt, int version) {
        this.id = id;
        this.appId = appId;
        this.appName = appName;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.category = Objects.requireNonNull(category, "category");
        this.finding = Objects.requireNonNull(finding, "finding");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceRef = sourceRef;
        this.state = Objects.requireNonNull(state, "state");
        this.stateSince = stateSince;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.extended = extended;
        this.escalatedAt = escalatedAt;
        this.evidence = evidence;
        this.reportedBy = reportedBy;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.version = version;
    }

    /** A new OPEN item, due at the end of the {@code deadlineDays}-th calendar day in Asia/Shanghai. */
    public static LedgerItem open(long appId, String appName, Unit owner, LedgerCategory category, String finding,
                                  LedgerSource source, String sourceRef, String actor, Instant now,
                                  LedgerSettings settings) {
        requireText(finding, "问题描述", "finding");
        Instant deadline = endOfDayAfter(now, settings.deadlineDays());
        LedgerItem item = new LedgerItem(null, appId, appName, owner, category, finding.strip(), source, sourceRef,
                LedgerState.OPEN, now, deadline, false, null, null, null, actor, now, 0);
        item.newSteps.add(new LedgerStep(null, LedgerState.OPEN, "挂账", actor, now,
                source.label() + "：" + finding.strip() + "；整改期限 " + localDate(deadline)));
        return item;
    }

    public static LedgerItem restore(long id, long appId, String appName, Unit owner, LedgerCategory category,
                                     String finding, LedgerSource source, String sourceRef, LedgerState state,
                                     Instant stateSince, Instant deadline, boolean extended, Instant escalatedAt,
                                     String evidence, String reportedBy, String openedBy, Instant openedAt,
                                     int version) {
        return new LedgerItem(id, appId, appName, owner, category, finding, source, sourceRef, state, stateSince,
                deadline, extended, escalatedAt, evidence, reportedBy, openedBy, openedAt, version);
    }

    /** OPEN or SENT_BACK → REPORTED_FIXED, with the evidence of the fix. */
    public void reportFixed(String actor, String evidenceText, Instant now) {
        requireText(evidenceText, "整改说明", "evidence");
        move(EnumSet.of(LedgerState.OPEN, LedgerState.SENT_BACK), LedgerState.REPORTED_FIXED, "报告整改完成", actor, now,
                evidenceText.strip());
        this.evidence = evidenceText.strip();
        this.reportedBy = actor;
    }

    /** REPORTED_FIXED → CLOSED (accepted: 销号) or SENT_BACK (with what is still wrong). */
    public void verify(String actor, boolean accepted, String comment, Instant now) {
        if (!accepted) {
            requireText(comment, "退回理由", "comment");
        }
        String note = comment == null || comment.isBlank() ? "核验通过" : comment.strip();
        move(EnumSet.of(LedgerState.REPORTED_FIXED), accepted ? LedgerState.CLOSED : LedgerState.SENT_BACK,
                accepted ? "核验销号" : "退回整改", actor, now, note);
    }

    /** The deadline passed with the item not closed: recorded once per deadline, for the supervisor. */
    public void escalate(Instant now) {
        guardNotFinal("上报逾期");
        this.escalatedAt = now;
        newSteps.add(new LedgerStep(state, state, "逾期上报督查", "system", now,
                "整改期限 " + localDate(deadline) + " 已过，" + (extended ? "延期后仍未销号，提请撤销备案" : "提请督查员处理")));
    }

    /** One extension of the deadline, by the supervisor, with a reason. */
    public void extend(String actor, String reason, Instant now, LedgerSettings settings) {
        guardNotFinal("延期");
        requireText(reason, "延期理由", "reason");
        if (extended) {
            throw new StateConflictException("整改期限只能延期一次，已延期至 " + localDate(deadline), state.name());
        }
        Instant base = deadline.isAfter(now) ? deadline : now;
        this.deadline = endOfDayAfter(base, settings.extensionDays());
        this.extended = true;
        this.escalatedAt = null;
        newSteps.add(new LedgerStep(state, state, "延期", actor, now, reason.strip() + "；新期限 " + localDate(deadline)));
    }

    /** Still open after the final deadline: the supervisor revokes the filing; the item ends as REVOKED. */
    public void revoked(String actor, String reason, Instant now) {
        requireText(reason, "撤销理由", "reason");
        if (escalatedAt == null) {
            throw new StateConflictException("整改期限未过，不能撤销备案", state.name());
        }
        move(EnumSet.of(LedgerState.OPEN, LedgerState.SENT_BACK, LedgerState.REPORTED_FIXED), LedgerState.REVOKED,
                "撤销备案", actor, now, reason.strip());
    }

    /**
     * A file attached in this capacity, recorded as a step that keeps the state, its note naming the file and its
     * checksum. Refused (409) in a state the capacity does not allow, and on a closed or revoked item.
     */
    public void attachmentAdded(AttachmentCapacity capacity, String actor, String note, Instant now) {
        requireAttachable(capacity);
        newSteps.add(new LedgerStep(state, state, ATTACHED, actor, now, note));
    }

    /** Refuses (409) an attachment in this capacity in the current state. */
    public void requireAttachable(AttachmentCapacity capacity) {
        if (state.isFinal()) {
            throw new StateConflictException("台账事项" + state.label() + "，记录已完结，不能再上传附件", state.name());
        }
        if (!capacity.allows(state)) {
            throw new StateConflictException("台账事项当前状态为“" + state.label() + "”，" + capacity.label()
                    + "此时不能上传附件：" + capacity.whenRefused(), state.name());
        }
    }

    /**
     * The app's filing was revoked (through another item, or by a supervisor's decision): an item still open has
     * nothing left to rectify and ends as REVOKED too.
     */
    public void endedByRevocation(String actor, String note, Instant now) {
        requireText(note, "终止说明", "reason");
        move(EnumSet.of(LedgerState.OPEN, LedgerState.SENT_BACK, LedgerState.REPORTED_FIXED), LedgerState.REVOKED,
                "备案撤销，事项终止", actor, now, note.strip());
    }

    public boolean isOverdue(Instant now) {
        return !state.isFinal() && now.isAfter(deadline);
    }

    private void move(Set<LedgerState> allowedFrom, LedgerState to, String action, String actor, Instant now,
                      String note) {
        if (!allowedFrom.contains(state)) {
            throw new StateConflictException("台账事项当前状态为“" + state.label() + "”（" + state + "），不能" + action,
                    state.name());
        }
        LedgerState from = state;
        state = to;
        stateSince = now;
        newSteps.add(new LedgerStep(from, to, action, actor, now, note));
    }

    private void guardNotFinal(String action) {
        if (state.isFinal()) {
            throw new StateConflictException("台账事项" + state.label() + "，不能" + action, state.name());
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

    private static Instant endOfDayAfter(Instant from, int days) {
        return WorkingCalendar.endOfDay(from.atZone(WorkingCalendar.ZONE).toLocalDate().plusDays(days));
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    public List<LedgerStep> newSteps() {
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
    public LedgerCategory category() { return category; }
    public String finding() { return finding; }
    public LedgerSource source() { return source; }
    public String sourceRef() { return sourceRef; }
    public LedgerState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public Instant deadline() { return deadline; }
    public boolean extended() { return extended; }
    public Instant escalatedAt() { return escalatedAt; }
    public String evidence() { return evidence; }
    public String reportedBy() { return reportedBy; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public int version() { return version; }
}
