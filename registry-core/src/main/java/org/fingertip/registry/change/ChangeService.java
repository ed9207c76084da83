package org.fingertip.registry.change;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.precheck.PreCheck;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * The use cases of change filing (变更备案). The owner unit's applicants file a change of a FILED app — the whole
 * proposed form, the day it takes effect (at least {@link ChangeSettings#noticeDays()} calendar days ahead) and an
 * optional explanation — and revise it after a return; the pre-check runs on the proposed form; the reviewers of the
 * filing's offices (the city's first review for a unit below province level, then the province's) decide it, seeing
 * and returning only the changed sections. Approval applies the proposed form (and owner) to the app and keeps its
 * number; a rejection, a withdrawal or a missed revision leaves the filing as it was. Callers hold the transaction;
 * AppChangeProcess orders the steps.
 */
public final class ChangeService {
    private final Apps apps;
    private final Departments departments;
    private final ChangeFilings changes;
    private final PreCheck preCheck;
    private final ChangeSettings settings;
    private final Clock clock;

    public ChangeService(Apps apps, Departments departments, ChangeFilings changes, PreCheck preCheck,
                         ChangeSettings settings, Clock clock) {
        this.apps = apps;
        this.departments = departments;
        this.changes = changes;
        this.preCheck = preCheck;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the owner proposes: the whole new form, the day it takes effect, and why (optional). */
    public record Proposal(FilingForm form, LocalDate effectiveDate, String explanation) {
    }

    // ---- the owner -----------------------------------------------------------------------------------------------

    /**
     * Files a change of a FILED app of the actor's unit: refused as a whole (nothing stored) when the form is
     * malformed (400), when a rule says no (422: incomplete, not a filed kind, another province's owner, too short a
     * notice, nothing changed), or when the app is not FILED or already has an open change (409). The app goes
     * CHANGE_UNDER_REVIEW; the pre-check follows in the process.
     */
    public ChangeFiling file(Actor actor, long appId, Proposal proposal) {
        App app = visibleApp(actor, appId);
        AccessPolicy.requireFilesFor(actor, app.owner());
        if (app.status() != AppStatus.FILED) {
            Optional<ChangeFiling> open = changes.openFor(appId);
            if (open.isPresent()) {
                throw new StateConflictException("应用“" + app.displayName() + "”已有一项变更未办结（变更 "
                        + open.get().id() + "，" + open.get().state().label() + "）；同一应用同时只能有一项变更",
                        app.status().name());
            }
            throw new StateConflictException("应用“" + app.displayName() + "”当前状态为“" + app.status().label()
                    + "”，只有已备案的应用可以申请变更", app.status().name());
        }
        Checked checked = check(app, proposal);
        Instant now = now();
        ChangeFiling change = ChangeFiling.file(app.id(), app.displayName(), app.filingNumber(), app.owner(),
                app.form(), checked.owner, checked.form, proposal.effectiveDate(), proposal.explanation(),
                actor.username(), now);
        // the app's version guards against a second change filed at the same moment; the store's key as well
        app.proposeChange(actor.username(), now, "申请变更备案：" + String.join("、",
                change.changedSections().stream().map(FormSection::label).toList()) + "；生效日期 "
                + proposal.effectiveDate());
        apps.save(app);
        return changes.save(change);
    }

    /** Revises a RETURNED change and resubmits it, under the same rules as filing it. */
    public ChangeFiling revise(Actor actor, long changeId, Proposal proposal) {
        ChangeFiling change = visible(actor, changeId);
        AccessPolicy.requireFilesFor(actor, change.owner());
        if (change.state() != ChangeState.RETURNED) {
            throw new StateConflictException("变更 " + changeId + " 当前状态为“" + change.state().label()
                    + "”，只有已退回的变更可以修改后重新提交", change.state().name());
        }
        App app = appOf(change);
        Checked checked = check(app, proposal);
        change.revise(checked.owner, checked.form, proposal.effectiveDate(), proposal.explanation(),
                actor.username(), now());
        return changes.save(change);
    }

    /** The owner takes an open change back; the app is FILED again with its form unchanged. */
    public ChangeFiling withdraw(Actor actor, long changeId, String reason) {
        ChangeFiling change = visible(actor, changeId);
        AccessPolicy.requireFilesFor(actor, change.owner());
        text(reason, "reason", "撤回理由");
        Instant now = now();
        change.withdraw(actor.username(), now, reason);
        App app = appOf(change);
        app.changeDecided(actor.username(), now, "变更 " + changeId + " 已撤回，备案信息不变");
        apps.save(app);
        return changes.save(change);
    }

    // ---- the process's automatic steps -----------------------------------------------------------------------------

    /**
     * Runs the pre-check on the proposed form and owner; blocking findings return the change at once with those
     * findings as its gaps.
     *
     * @return true when nothing blocks and the change goes on to review
     */
    public boolean preCheck(long changeId) {
        ChangeFiling change = byId(changeId);
        List<Finding> findings = preCheck.check(change.appId(), change.proposedForm(), change.proposedOwner());
        change.recordFindings(findings);
        boolean blocked = PreCheck.blocks(findings);
        if (blocked) {
            List<Gap> gaps = new ArrayList<>();
            for (Finding f : findings) {
                if (f.blocking()) {
                    gaps.add(new Gap(f.field() == null ? FormSection.IDENTITY : FormSection.ofField(f.field()),
                            f.message()));
                }
            }
            change.returnForRevision(gaps, Actor.SYSTEM_NAME, now(),
                    "自动预审未通过，一次性退回 " + gaps.size() + " 项问题");
        }
        changes.save(change);
        return !blocked;
    }

    /** The owner did not revise a returned change in time: it counts as abandoned and the filing stays as it was. */
    public void abandon(long changeId) {
        ChangeFiling change = byId(changeId);
        Instant now = now();
        change.abandon(Actor.SYSTEM_NAME, now);
        App app = appOf(change);
        app.changeDecided(Actor.SYSTEM_NAME, now, "变更 " + changeId + " 退回后未按期补正，视为放弃，备案信息不变");
        apps.save(app);
        changes.save(change);
    }

    // ---- reviewers -----------------------------------------------------------------------------------------------

    /**
     * Checks that the actor may decide this step of this change: a reviewer of the step's office for the unit that
     * holds the filing, who neither filed nor resubmitted the change. Visibility first (404), then the right to decide
     * (403), then the state (409).
     */
    public ChangeFiling requireDecider(Actor actor, long changeId, ReviewStep step) {
        ChangeFiling change = visible(actor, changeId);
        if (!actor.has(Role.REVIEWER)) {
            throw new ForbiddenException("只有审核员可以作出变更审核决定");
        }
        String office = step.officeFor(change.owner());
        if (actor.jurisdiction() == null || !actor.jurisdiction().code().equals(office)) {
            throw new ForbiddenException("变更" + step.label() + "由 " + office + " 网信部门负责，您只能查看");
        }
        if (change.isFiledBy(actor.username())) {
            throw new ForbiddenException("申报人不能审核自己提交的变更");
        }
        if (change.state() != ChangeState.UNDER_REVIEW) {
            throw new StateConflictException("变更当前状态为“" + change.state().label() + "”，不在审核中",
                    change.state().name());
        }
        return change;
    }

    /**
     * Validates and records a reviewer's decision; the process then applies it. A return lists every gap at once, and
     * only in the changed sections: what did not change is not under review.
     */
    public ChangeReview recordDecision(Actor actor, long changeId, ReviewStep step, Decision decision, String comment,
                                       List<Gap> gaps) {
        ChangeFiling change = requireDecider(actor, changeId, step);
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "请选择审核决定：APPROVE（通过）、RETURN（退回）或 REJECT（不予变更）"));
        } else if (decision == Decision.RETURN && (gaps == null || gaps.isEmpty())) {
            errors.add(new FieldError("gaps", "退回时须一次性列明全部问题，至少一项"));
        } else if (decision == Decision.REJECT && (comment == null || comment.isBlank())) {
            errors.add(new FieldError("comment", "不予变更须说明理由"));
        }
        if (decision == Decision.RETURN && gaps != null) {
            for (int i = 0; i < gaps.size(); i++) {
                if (!change.changedSections().contains(gaps.get(i).section())) {
                    errors.add(new FieldError("gaps[" + i + "].section", "“" + gaps.get(i).section().label()
                            + "”未变更，不在本次变更审核范围；变更部分为：" + String.join("、",
                            change.changedSections().stream().map(FormSection::label).toList())));
                }
            }
        }
        if (comment != null && comment.length() > FormRules.LONG_TEXT_MAX) {
            errors.add(new FieldError("comment", "审核意见不能超过 " + FormRules.LONG_TEXT_MAX + " 个字符"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("变更审核决定不完整", errors);
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        List<Gap> kept = decision == Decision.RETURN ? gaps : List.of();
        Instant now = now();
        ChangeReview review = new ChangeReview(null, changeId, step, decision, cleanComment, kept, actor.username(), now);
        long id = changes.addReview(review);
        if (decision == Decision.APPROVE && step == ReviewStep.FIRST_REVIEW) {
            change.firstReviewPassed(actor.username(), now, cleanComment);
            changes.save(change);
        }
        return new ChangeReview(id, changeId, step, decision, cleanComment, kept, actor.username(), now);
    }

    /** Applies a recorded RETURN: back to the owner with every gap. */
    public void applyReturn(long changeId, long reviewId) {
        ChangeReview review = review(reviewId, changeId, Decision.RETURN);
        ChangeFiling change = byId(changeId);
        change.returnForRevision(review.gaps(), review.reviewer(), review.at(), "变更" + review.step().label() + "退回："
                + (review.comment() == null ? "请按所列问题补正" : review.comment()));
        changes.save(change);
    }

    /** Applies a recorded REJECT: the change is refused and the app is FILED again, its form unchanged. */
    public void applyReject(long changeId, long reviewId) {
        ChangeReview review = review(reviewId, changeId, Decision.REJECT);
        ChangeFiling change = byId(changeId);
        change.reject(review.reviewer(), review.at(), "变更" + review.step().label() + "不予变更：" + review.comment());
        App app = appOf(change);
        app.changeDecided(review.reviewer(), review.at(), "变更 " + changeId + " 不予变更：" + review.comment()
                + "；备案信息不变");
        apps.save(app);
        changes.save(change);
    }

    /**
     * Applies the provincial APPROVE: the app takes the proposed form (and owner) and is FILED again under the same
     * number; its history names the changed sections, the main old and new values and the effective date.
     */
    public App approve(long changeId, long reviewId) {
        ChangeReview review = review(reviewId, changeId, Decision.APPROVE);
        if (review.step() != ReviewStep.PROVINCIAL_REVIEW) {
            throw new IllegalStateException("审核记录 " + reviewId + " 是" + review.step().label() + "，只有省级审核通过才能变更备案");
        }
        ChangeFiling change = byId(changeId);
        App app = appOf(change);
        String summary = summary(change);
        change.approve(review.reviewer(), review.at(), summary);
        app.applyChange(change.proposedForm(), change.proposedOwner(), review.reviewer(), review.at(), summary);
        App saved = apps.save(app);
        changes.save(change);
        return saved;
    }

    // ---- revocation --------------------------------------------------------------------------------------------------

    /**
     * The filing of the app is being revoked: its open change, if any, ends and the app is FILED again (so that the
     * revocation moves it from FILED), both recorded. Returns the ended change; the caller saves the app.
     */
    public Optional<ChangeFiling> endForRevocation(App app, String actor, Instant now, String reason) {
        Optional<ChangeFiling> open = changes.openFor(app.id());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        ChangeFiling change = open.get();
        change.endedByRevocation(actor, now, reason);
        if (app.status() == AppStatus.CHANGE_UNDER_REVIEW) {
            app.changeDecided(actor, now, "备案撤销，变更 " + change.id() + " 终止，备案信息不变");
        }
        return Optional.of(changes.save(change));
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** A change the actor may see: one of an app it may see; otherwise "not found". */
    public ChangeFiling visible(Actor actor, long changeId) {
        ChangeFiling change = changes.byId(changeId)
                .orElseThrow(() -> new NotFoundException("未找到编号为 " + changeId + " 的变更"));
        App app = apps.byId(change.appId()).orElse(null);
        if (app == null || !AccessPolicy.canSee(actor, app)) {
            throw new NotFoundException("未找到编号为 " + changeId + " 的变更");
        }
        return change;
    }

    /** The changes of an app the actor may see, newest first. */
    public List<ChangeFiling> ofApp(Actor actor, long appId) {
        visibleApp(actor, appId);
        return changes.ofApp(appId);
    }

    /** The app's open change, if the actor may see the app. */
    public Optional<ChangeFiling> openOf(Actor actor, long appId) {
        visibleApp(actor, appId);
        return changes.openFor(appId);
    }

    public List<ChangeStep> steps(Actor actor, long changeId) {
        visible(actor, changeId);
        return changes.steps(changeId);
    }

    public List<ChangeReview> reviews(Actor actor, long changeId) {
        visible(actor, changeId);
        return changes.reviews(changeId);
    }

    /** Whether the actor could file a change of this app now (the page's button; the rules are checked on filing). */
    public boolean mayFile(Actor actor, App app) {
        return actor.has(Role.APPLICANT) && actor.worksFor(app.owner().code()) && app.status() == AppStatus.FILED;
    }

    /** The earliest day a change filed today may take effect. */
    public LocalDate earliestEffectiveDate() {
        return today().plusDays(settings.noticeDays());
    }

    public ChangeSettings settings() {
        return settings;
    }

    /** The office that works a review step of this change. */
    public static String officeOf(ChangeFiling change, ReviewStep step) {
        return step.officeFor(change.owner());
    }

    // ---- rules -------------------------------------------------------------------------------------------------------

    private record Checked(FilingForm form, Unit owner) {
    }

    /**
     * The proposal against the change rules: 400 for malformed input, then every rule that refuses it at once (422).
     * A form that names no owner keeps the current one.
     */
    private Checked check(App app, Proposal proposal) {
        if (proposal == null || proposal.form() == null) {
            throw new InvalidInputException("请提供变更后的完整申请表", List.of(new FieldError("form", "请提供变更后的完整申请表")));
        }
        FilingForm form = proposal.form();
        List<FieldError> shape = new ArrayList<>(FormRules.shapeErrors(form));
        if (proposal.explanation() != null && proposal.explanation().length() > ChangeFiling.TEXT_MAX) {
            shape.add(new FieldError("explanation", "变更说明不能超过 " + ChangeFiling.TEXT_MAX + " 个字符"));
        }
        if (!shape.isEmpty()) {
            throw new InvalidInputException("变更申请有 " + shape.size() + " 处格式错误", shape);
        }
        if (form.ownerDepartmentCode() == null) {
            form = withOwner(form, app.owner().code());
        }
        Unit owner = form.ownerDepartmentCode().equals(app.owner().code()) ? app.owner()
                : departments.unit(form.ownerDepartmentCode()).orElseThrow(() -> new InvalidInputException(
                        "主办单位不存在", List.of(new FieldError("ownerDepartmentCode",
                        "没有编码为 " + proposal.form().ownerDepartmentCode() + " 的单位"))));

        List<FieldError> errors = new ArrayList<>(FormRules.missingFields(form));
        if (form.kind() != null && !form.kind().isFiled()) {
            errors.add(new FieldError("kind", form.kind().label() + "不属于备案范围，不能变更为此类型"));
        }
        String province = app.owner().division().provinceCode();
        if (!owner.division().provinceCode().equals(province)) {
            errors.add(new FieldError("ownerDepartmentCode", "备案号属于本省，主办单位只能变更为本省（" + province
                    + "）的单位；跨省变更请注销后在新省份重新备案"));
        }
        LocalDate earliest = earliestEffectiveDate();
        if (proposal.effectiveDate() == null) {
            errors.add(new FieldError("effectiveDate", "请填写变更生效日期（最早 " + earliest + "）"));
        } else if (proposal.effectiveDate().isBefore(earliest)) {
            errors.add(new FieldError("effectiveDate", "变更须至少提前 " + settings.noticeDays()
                    + " 日备案：生效日期不得早于 " + earliest));
        }
        if (FormDiff.between(app.form(), form).isEmpty()) {
            errors.add(new FieldError("form", "变更后的申请表与现行备案信息完全相同，请修改需要变更的部分"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("变更申请不符合要求，请修改以下 " + errors.size() + " 项", errors,
                    PreCheck.incompleteSections(form));
        }
        return new Checked(form, owner);
    }

    /** For the app's history: the changed sections, the name and owner before and after, and the effective date. */
    private static String summary(ChangeFiling change) {
        StringBuilder sb = new StringBuilder("变更备案通过（变更 ").append(change.id()).append("），备案号 ")
                .append(change.filingNumber()).append(" 不变，自 ").append(change.effectiveDate()).append(" 起生效；变更部分：")
                .append(String.join("、", change.changedSections().stream().map(FormSection::label).toList()));
        for (SectionChange section : change.diff()) {
            for (FieldChange f : section.fields()) {
                if (f.field().equals("name")) {
                    sb.append("；名称由“").append(f.before()).append("”改为“").append(f.after()).append("”");
                }
            }
        }
        if (change.ownerChanges()) {
            sb.append("；主办单位由“").append(change.owner().name()).append("”改为“").append(change.proposedOwner().name())
                    .append("”");
        }
        long added = 0;
        long removed = 0;
        for (SectionChange section : change.diff()) {
            if (section.section() == FormSection.FUNCTIONS) {
                added = section.fields().stream().filter(f -> f.kind() == FieldChange.Kind.ADDED).count();
                removed = section.fields().stream().filter(f -> f.kind() == FieldChange.Kind.REMOVED).count();
            }
        }
        if (added > 0 || removed > 0) {
            sb.append("；功能新增 ").append(added).append(" 项、删减 ").append(removed).append(" 项");
        }
        return sb.toString();
    }

    private static FilingForm withOwner(FilingForm f, String ownerCode) {
        return new FilingForm(ownerCode, f.name(), f.kind(), f.audience(), f.stores(), f.packageName(), f.handler(),
                f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    private static void text(String value, String field, String what) {
        if (value != null && value.length() > ChangeFiling.TEXT_MAX) {
            throw new InvalidInputException(what + "过长",
                    List.of(new FieldError(field, what + "不能超过 " + ChangeFiling.TEXT_MAX + " 个字符")));
        }
    }

    private App visibleApp(Actor actor, long appId) {
        App app = apps.byId(appId).orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
        return AccessPolicy.requireVisible(actor, app, appId);
    }

    private App appOf(ChangeFiling change) {
        return apps.byId(change.appId())
                .orElseThrow(() -> new IllegalStateException("change " + change.id() + " names unknown app " + change.appId()));
    }

    private ChangeFiling byId(long changeId) {
        return changes.byId(changeId).orElseThrow(() -> new NotFoundException("未找到编号为 " + changeId + " 的变更"));
    }

    private ChangeReview review(long reviewId, long changeId, Decision expected) {
        ChangeReview review = changes.reviewById(reviewId)
                .orElseThrow(() -> new NotFoundException("未找到变更审核记录 " + reviewId));
        if (review.changeId() != changeId) {
            throw new IllegalStateException("变更审核记录 " + reviewId + " 不属于变更 " + changeId);
        }
        if (review.decision() != expected) {
            throw new IllegalStateException("变更审核记录 " + reviewId + " 的决定是 " + review.decision() + "，不是 " + expected);
        }
        return review;
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    private Instant now() {
        return clock.instant();
    }
}
