package org.fingertip.registry.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.UnitRules;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
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
 * The use cases of application, review and filing. The process engine drives the order of steps; each step lands
 * here, where the rules and the record live. Callers hold the transaction.
 */
public final class FilingService {
    private final Apps apps;
    private final Departments departments;
    private final Reviews reviews;
    private final FilingNumbers filingNumbers;
    private final FilingNumberFormat numberFormat;
    private final PreCheck preCheck;
    private final Clock clock;

    public FilingService(Apps apps, Departments departments, Reviews reviews, FilingNumbers filingNumbers,
                         FilingNumberFormat numberFormat, PreCheck preCheck, Clock clock) {
        this.apps = apps;
        this.departments = departments;
        this.reviews = reviews;
        this.filingNumbers = filingNumbers;
        this.numberFormat = numberFormat;
        this.preCheck = preCheck;
        this.clock = clock;
    }

    // ---- applicant ---------------------------------------------------------------------------------------------

    /** A new draft for the applicant's own unit; a partial form is fine, a malformed one is not. */
    public App createDraft(Actor actor, FilingForm form, Long previousAppId) {
        FilingForm complete = wellFormedWithOwner(actor, form);
        Unit owner = ownerOf(actor, complete);
        App previous = null;
        if (previousAppId != null) {
            previous = visible(actor, previousAppId);
            if (!previous.owner().code().equals(owner.code())) {
                throw new InvalidInputException("重新申报只能针对本单位的原申请",
                        List.of(new FieldError("previousAppId", "原申请不属于主办单位 " + owner.code())));
            }
        }
        return apps.save(App.draft(complete, owner, actor.username(), now(), previous));
    }

    /** Replaces the form of a DRAFT or RETURNED application. */
    public App replaceForm(Actor actor, long appId, FilingForm form) {
        App app = visible(actor, appId);
        AccessPolicy.requireFilesFor(actor, app.owner());
        FilingForm complete = wellFormedWithOwner(actor, form);
        Unit owner = ownerOf(actor, complete);
        app.reviseForm(complete, owner);
        return apps.save(app);
    }

    /**
     * Submits (or resubmits) an application: refused with every missing field if the form is incomplete, in which
     * case nothing changes. The pre-check follows in the process.
     */
    public App submit(Actor actor, long appId) {
        App app = visible(actor, appId);
        AccessPolicy.requireFilesFor(actor, app.owner());
        if (app.status() != AppStatus.DRAFT && app.status() != AppStatus.RETURNED
                && app.status() != AppStatus.LIVE_UNFILED) {
            throw new StateConflictException("应用“" + app.displayName() + "”当前状态为“" + app.status().label()
                    + "”，不能提交", app.status().name());
        }
        if (app.form().kind() != null && !app.form().kind().isFiled()) {
            throw new RuleViolationException(app.form().kind().label() + "不属于备案范围，只登记、不备案",
                    List.of(new FieldError("kind", "公众号、工作群和信息系统只登记，不提交备案")));
        }
        List<FieldError> missing = FormRules.missingFields(app.form());
        if (!missing.isEmpty()) {
            throw new RuleViolationException("申请表不完整，请补全以下 " + missing.size() + " 项后再提交", missing,
                    PreCheck.incompleteSections(app.form()));
        }
        app.submit(actor.username(), now());
        return apps.save(app);
    }

    /** Withdraws an application before a decision. */
    public App withdraw(Actor actor, long appId, String reason) {
        App app = visible(actor, appId);
        AccessPolicy.requireFilesFor(actor, app.owner());
        app.withdraw(actor.username(), now(), reason);
        return apps.save(app);
    }

    /**
     * Records an app found live by the inventory (清查): an account, work group or system is REGISTERED; an app of a
     * filed kind is LIVE_UNFILED until its unit files it. Done by a supervisor or an operator of the jurisdiction.
     */
    public App recordInventory(Actor actor, FilingForm form, String reason) {
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.ADMIN)) {
            throw new ForbiddenException("只有督查员或管理员可以登记清查结果");
        }
        List<FieldError> shape = FormRules.shapeErrors(form);
        if (!shape.isEmpty()) {
            throw new InvalidInputException("登记信息有 " + shape.size() + " 处格式错误", shape);
        }
        List<FieldError> missing = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            missing.add(new FieldError("name", "请填写名称"));
        }
        if (form.kind() == null) {
            missing.add(new FieldError("kind", "请选择类型"));
        }
        if (form.ownerDepartmentCode() == null) {
            missing.add(new FieldError("ownerDepartmentCode", "请填写主办单位"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("登记信息不完整", missing);
        }
        Unit owner = departments.unit(form.ownerDepartmentCode()).orElseThrow(() -> new InvalidInputException(
                "主办单位不存在", List.of(new FieldError("ownerDepartmentCode", "没有编码为 " + form.ownerDepartmentCode() + " 的单位"))));
        if (!actor.oversees(owner.division())) {
            throw new ForbiddenException("主办单位“" + owner.name() + "”不在您的辖区内");
        }
        return apps.save(App.inventoried(form, owner, actor.username(), now(), reason));
    }

    // ---- the process's automatic steps ---------------------------------------------------------------------------

    /**
     * Runs the pre-check; blocking findings return the application at once with those findings as its gaps.
     *
     * @return true when nothing blocks and the case goes on to review
     */
    public boolean preCheck(long appId) {
        App app = byId(appId);
        List<Finding> findings = preCheck.check(appId, app.form(), app.owner());
        app.recordFindings(findings);
        boolean blocked = PreCheck.blocks(findings);
        if (blocked) {
            List<Gap> gaps = new ArrayList<>();
            for (Finding f : findings) {
                if (f.blocking()) {
                    gaps.add(new Gap(f.field() == null ? FormSection.IDENTITY : FormSection.ofField(f.field()), f.message()));
                }
            }
            app.returnForRevision(gaps, Actor.SYSTEM_NAME, now(), "自动预审未通过，一次性退回 " + gaps.size() + " 项问题");
        }
        apps.save(app);
        return !blocked;
    }

    /** The applicant did not resubmit in time. */
    public void abandon(long appId) {
        App app = byId(appId);
        app.abandon(Actor.SYSTEM_NAME, now());
        apps.save(app);
    }

    // ---- reviewer ------------------------------------------------------------------------------------------------

    /**
     * Checks that the actor may decide this step of this application: a reviewer of the step's office, who did not
     * file it. Visibility first (404), then the right to decide (403).
     */
    public App requireDecider(Actor actor, long appId, ReviewStep step) {
        App app = visible(actor, appId);
        if (!actor.has(Role.REVIEWER)) {
            throw new ForbiddenException("只有审核员可以作出审核决定");
        }
        String office = step.officeFor(app.owner());
        if (actor.jurisdiction() == null || !actor.jurisdiction().code().equals(office)) {
            throw new ForbiddenException(step.label() + "由 " + office + " 网信部门负责，您只能查看");
        }
        if (app.isFiledBy(actor.username())) {
            throw new ForbiddenException("申报人不能审核自己提交的申请");
        }
        if (app.status() != AppStatus.UNDER_REVIEW) {
            throw new StateConflictException("应用当前状态为“" + app.status().label() + "”，不在审核中", app.status().name());
        }
        return app;
    }

    /** Validates and records a reviewer's decision; the process then applies it. */
    public Review recordDecision(Actor actor, long appId, ReviewStep step, Decision decision, String comment,
                                 List<Gap> gaps) {
        requireDecider(actor, appId, step);
        List<FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "请选择审核决定：APPROVE（通过）、RETURN（退回）或 REJECT（不予备案）"));
        } else if (decision == Decision.RETURN && (gaps == null || gaps.isEmpty())) {
            errors.add(new FieldError("gaps", "退回时须一次性列明全部问题，至少一项"));
        } else if (decision == Decision.REJECT && (comment == null || comment.isBlank())) {
            errors.add(new FieldError("comment", "不予备案须说明理由"));
        }
        if (comment != null && comment.length() > FormRules.LONG_TEXT_MAX) {
            errors.add(new FieldError("comment", "审核意见不能超过 " + FormRules.LONG_TEXT_MAX + " 个字符"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("审核决定不完整", errors);
        }
        List<Gap> kept = decision == Decision.RETURN ? gaps : List.of();
        Review review = new Review(null, appId, step, decision, comment, kept, actor.username(), now());
        long id = reviews.add(review);
        return new Review(id, appId, step, decision, comment, kept, actor.username(), review.at());
    }

    /** Applies a recorded RETURN. */
    public void applyReturn(long appId, long reviewId) {
        Review review = review(reviewId, appId, Decision.RETURN);
        App app = byId(appId);
        app.returnForRevision(review.gaps(), review.reviewer(), review.at(),
                review.step().label() + "退回：" + (review.comment() == null ? "请按所列问题补正" : review.comment()));
        apps.save(app);
    }

    /** Applies a recorded REJECT. */
    public void applyReject(long appId, long reviewId) {
        Review review = review(reviewId, appId, Decision.REJECT);
        App app = byId(appId);
        app.reject(review.reviewer(), review.at(), review.step().label() + "不予备案：" + review.comment());
        apps.save(app);
    }

    /** Applies the provincial APPROVE: the next number of the province and year, and FILED. */
    public App fileApp(long appId, long reviewId) {
        Review review = review(reviewId, appId, Decision.APPROVE);
        if (review.step() != ReviewStep.PROVINCIAL_REVIEW) {
            throw new IllegalStateException("审核记录 " + reviewId + " 是" + review.step().label() + "，只有省级审核通过才能备案");
        }
        App app = byId(appId);
        Instant now = now();
        int year = ZonedDateTime.ofInstant(now, WorkingCalendar.ZONE).getYear();
        String province = app.owner().division().provinceCode();
        String number = numberFormat.format(province, year, filingNumbers.next(province, year));
        app.file(number, review.reviewer(), now);
        return apps.save(app);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    public App visible(Actor actor, long appId) {
        App app = apps.byId(appId).orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
        return AccessPolicy.requireVisible(actor, app, appId);
    }

    /**
     * A registry search limited to what the actor may see: an applicant its own unit's apps, others their
     * jurisdiction's.
     */
    public AppPage search(Actor actor, AppStatus status, AppKind kind, DivisionLevel level, String department,
                          String keyword, int page, int size) {
        return search(actor, AppFilters.of(status, kind, level, department, keyword), page, size);
    }

    /**
     * A registry search with every filter of the list: also what is pending since when (days in Asia/Shanghai, both
     * inclusive) and the point of the clearance. A submission day without {@code pending}, or a range that ends
     * before it starts, is refused (400) naming the field.
     */
    public AppPage search(Actor actor, AppFilters f, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (f.keyword() != null && f.keyword().length() > FormRules.NAME_MAX) {
            errors.add(new FieldError("q", "关键词不能超过 " + FormRules.NAME_MAX + " 个字符"));
        }
        if (f.department() != null && f.department().length() > 30) {
            errors.add(new FieldError("department", "请填写区划代码（如 420100）或单位编码（如 420100-007）"));
        }
        if (f.pending() == null && f.submittedFrom() != null) {
            errors.add(new FieldError("submittedFrom", "提交日期须与待审类别 pending 一起使用"));
        }
        if (f.pending() == null && f.submittedTo() != null) {
            errors.add(new FieldError("submittedTo", "提交日期须与待审类别 pending 一起使用"));
        }
        if (f.submittedFrom() != null && f.submittedTo() != null && f.submittedTo().isBefore(f.submittedFrom())) {
            errors.add(new FieldError("submittedTo", "截止日期不能早于起始日期"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("筛选条件有误", errors);
        }
        return scoped(actor, f, page, size).map(apps::search).orElseGet(() -> new AppPage(List.of(), 0, page, size));
    }

    /**
     * How many of the apps the actor may see stand in each status, every status present (0 when none): each count
     * is the total of {@link #search} with that status alone, so a count and the list it links to agree.
     */
    public Map<AppStatus, Long> countByStatus(Actor actor) {
        Map<AppStatus, Long> counts = new EnumMap<>(AppStatus.class);
        for (AppStatus s : AppStatus.values()) {
            counts.put(s, 0L);
        }
        scoped(actor, AppFilters.of(null, null, null, null, null), 0, 1)
                .ifPresent(q -> apps.countByStatus(q).forEach(counts::put));
        return counts;
    }

    /** The query of a search limited to what the actor may see; empty for a user who sees no apps. */
    private Optional<AppQuery> scoped(Actor actor, AppFilters f, int page, int size) {
        String q = f.keyword() == null || f.keyword().isBlank() ? null : f.keyword().strip();
        String dept = f.department() == null || f.department().isBlank() ? null : f.department().strip();
        Instant from = f.submittedFromInstant();
        Instant before = f.submittedBeforeInstant();
        boolean overseer = actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)
                || actor.has(Role.OBSERVER);
        if (overseer && actor.jurisdiction() != null) {
            return Optional.of(new AppQuery(actor.jurisdiction().path(), null, f.status(), f.kind(), f.level(), dept,
                    q, page, size, false, f.pending(), from, before, f.clearance()));
        }
        if (actor.has(Role.APPLICANT) && actor.unit() != null) {
            return Optional.of(new AppQuery(actor.unit().division().path(), actor.unit().code(), f.status(),
                    f.kind(), f.level(), dept, q, page, size, true, f.pending(), from, before, f.clearance()));
        }
        return Optional.empty();
    }

    public List<Review> reviewsOf(Actor actor, long appId) {
        visible(actor, appId);
        return reviews.ofApp(appId);
    }

    private App byId(long appId) {
        return apps.byId(appId).orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
    }

    private Review review(long reviewId, long appId, Decision expected) {
        Review review = reviews.byId(reviewId).orElseThrow(() -> new NotFoundException("未找到审核记录 " + reviewId));
        if (review.appId() != appId) {
            throw new IllegalStateException("审核记录 " + reviewId + " 不属于应用 " + appId);
        }
        if (review.decision() != expected) {
            throw new IllegalStateException("审核记录 " + reviewId + " 的决定是 " + review.decision() + "，不是 " + expected);
        }
        return review;
    }

    /** The form if well-formed (else 400 with every malformed field), owned by the actor's unit when it names none. */
    private FilingForm wellFormedWithOwner(Actor actor, FilingForm form) {
        List<FieldError> shape = FormRules.shapeErrors(form);
        if (!shape.isEmpty()) {
            throw new InvalidInputException("申请表有 " + shape.size() + " 处格式错误", shape);
        }
        if (form.ownerDepartmentCode() != null || actor.unit() == null) {
            return form;
        }
        return new FilingForm(actor.unit().code(), form.name(), form.kind(), form.audience(), form.stores(),
                form.packageName(), form.handler(), form.projectApproval(), form.functions(), form.operations(),
                form.acceptance(), form.similarApps(), form.commitmentSigned());
    }

    private Unit ownerOf(Actor actor, FilingForm form) {
        if (form.ownerDepartmentCode() == null) {
            throw new InvalidInputException("请填写主办单位",
                    List.of(new FieldError("ownerDepartmentCode", "请填写主办单位编码")));
        }
        Unit unit = departments.unit(form.ownerDepartmentCode()).orElse(null);
        if (unit == null) {
            if (actor.has(Role.APPLICANT) && !actor.worksFor(form.ownerDepartmentCode())) {
                throw new ForbiddenException("只能为本单位填报，不能为“" + form.ownerDepartmentCode() + "”填报");
            }
            throw new InvalidInputException("主办单位不存在",
                    List.of(new FieldError("ownerDepartmentCode", "没有编码为 " + form.ownerDepartmentCode() + " 的单位")));
        }
        if (unit.isMerged()) {
            String message = UnitRules.mergedMessage(unit);
            throw new RuleViolationException(message, List.of(new FieldError("ownerDepartmentCode", message)));
        }
        AccessPolicy.requireFilesFor(actor, unit);
        return unit;
    }

    private Instant now() {
        return clock.instant();
    }
}
