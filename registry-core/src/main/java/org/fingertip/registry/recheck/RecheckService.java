package org.fingertip.registry.recheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.evaluation.EvaluationSettings;
import org.fingertip.registry.evaluation.Evaluations;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.precheck.PreCheck;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.usage.UsageFacts;

/**
 * The use cases of one app's re-check (回头看). A supervisor (or the system) starts it; the owner unit's applicants
 * answer the self-inspection; the facts are judged by {@link VerdictRules}; a reviewer of the owner's city (or, for a
 * provincial unit, the province's) cyberspace office confirms the verdict and decides appeals. Callers hold the
 * transaction; RecheckProcess orders the steps.
 *
 * <p>An EXIT verdict concludes the re-check as EXIT_HANDED_OVER and leaves the app UNDER_RECHECK; the workflow then
 * hands it over to clearance and exit, which moves it to EXITING.
 */
public final class RecheckService {
    private final Rechecks rechecks;
    private final Apps apps;
    private final UsageFacts usage;
    private final Evaluations evaluations;
    /** The filing's rules asked again: banned features, duplicates among filed apps, overlaps with the platform. */
    private final PreCheck preCheck;
    /** Where escalations go: the supervisors of the owner's jurisdiction. */
    private final NoticeService notices;
    private final VerdictRules rules;
    private final RecheckSettings settings;
    /** Burden reporters are counted over the evaluation's rolling window, the one that raises the alarm. */
    private final Duration burdenWindow;
    private final Clock clock;

    public RecheckService(Rechecks rechecks, Apps apps, UsageFacts usage, Evaluations evaluations, PreCheck preCheck,
                          NoticeService notices, VerdictRules rules, RecheckSettings settings,
                          EvaluationSettings evaluationSettings, Clock clock) {
        this.rechecks = rechecks;
        this.apps = apps;
        this.usage = usage;
        this.evaluations = evaluations;
        this.preCheck = preCheck;
        this.notices = notices;
        this.rules = rules;
        this.settings = settings;
        this.burdenWindow = Duration.ofDays(evaluationSettings.windowDays());
        this.clock = clock;
    }

    /** What the reviewer confirmed; for RECTIFY, the reasons to put on the ledger (one item each). */
    public record Confirmation(Recheck recheck, List<RecheckReason> toRectify) {
        public Confirmation {
            toRectify = List.copyOf(toRectify);
        }
    }

    /** A supervisor of the app's jurisdiction, or the system, starts a re-check of a FILED or REGISTERED app. */
    public Recheck start(Actor actor, long appId, RecheckTrigger trigger) {
        if (!actor.isSystem() && !actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("只有督查员可以发起复核");
        }
        App app = apps.byId(appId).filter(a -> actor.isSystem() || actor.oversees(a.owner().division()))
                .orElseThrow(() -> new NotFoundException("未找到编号为 " + appId + " 的应用"));
        if (trigger == null) {
            throw new IllegalArgumentException("trigger");
        }
        rechecks.openFor(appId).ifPresent(r -> {
            throw new StateConflictException("应用“" + app.displayName() + "”已在复核中（复核 " + r.id() + "）", r.state().name());
        });
        Instant now = clock.instant();
        app.startRecheck(actor.username(), now, trigger.label());
        apps.save(app);
        return rechecks.save(Recheck.start(app.id(), app.displayName(), app.owner(), trigger, actor.username(), now));
    }

    /** True while the app has a re-check that has not concluded: an app runs one re-check at a time. */
    public boolean isRunning(long appId) {
        return rechecks.openFor(appId).isPresent();
    }

    /** The owner unit's applicant answers the self-inspection with a proposed verdict and a statement. */
    public Recheck answerSelfInspection(Actor actor, long id, Verdict proposal, String statement) {
        Recheck r = visible(actor, id);
        if (!actor.has(Role.APPLICANT) || !actor.worksFor(r.owner().code())) {
            throw new ForbiddenException("只有主办单位的经办人可以提交自查自评");
        }
        r.answerSelfInspection(proposal, statement, actor.username(), clock.instant());
        return rechecks.save(r);
    }

    /**
     * The self-inspection's due date passed without an answer: the lateness is recorded and escalated to the
     * supervisors of the owner's jurisdiction (its city's, or the province's for a provincial unit) by a notice. Run
     * again (a retried timer job), it records and posts nothing more.
     */
    public Recheck selfInspectionMissed(long id) {
        Recheck r = byId(id);
        String office = officeOf(r);
        if (r.selfInspectionMissed(clock.instant(), office)) {
            r = rechecks.save(r);
        }
        notices.post(Recipients.supervisors(office), NoticeKind.SELF_INSPECTION_MISSED, NoticeSubject.RECHECK, r.id(),
                r.appId(), "应用“" + r.appName() + "”（主办单位：" + r.owner().name() + "）未在 "
                        + settings.selfInspectionWorkingDays() + " 个工作日内提交复核自查自评。已记录逾期，复核结论仅依据事实研判；"
                        + "请督促主办单位落实。");
        return r;
    }

    /** Judges the facts (with the owner's proposal, if any) and waits for the reviewer's confirmation. */
    public Recheck assess(long id) {
        Recheck r = byId(id);
        r.assessed(judge(r), clock.instant());
        return rechecks.save(r);
    }

    /** A reviewer of the owner's office confirms the verdict (a different one than computed needs a reason). */
    public Confirmation confirm(Actor actor, long id, Verdict verdict, String overrideReason) {
        Recheck r = requireReviewer(actor, id);
        Instant now = clock.instant();
        r.confirm(verdict, overrideReason, actor.username(), now, settings.appealWindowDays());
        App app = app(r);
        String note = "复核结论：" + verdict.label();
        List<RecheckReason> toRectify = List.of();
        switch (verdict) {
            case KEEP -> app.keepAfterRecheck(actor.username(), now, note);
            case RECTIFY -> {
                app.startRectification(actor.username(), now, note);
                toRectify = r.computed().reasons().stream()
                        .filter(reason -> reason != RecheckReason.INSUFFICIENT_USAGE_DATA).toList();
            }
            case INTEGRATE -> app.startIntegration(actor.username(), now, note);
            case EXIT -> {
                // stays UNDER_RECHECK: the appeal window runs, or the clearance process takes over
            }
        }
        apps.save(app);
        return new Confirmation(rechecks.save(r), toRectify);
    }

    /** The owner of a zombie appeals within the window. */
    public Recheck appeal(Actor actor, long id, String text) {
        Recheck r = visible(actor, id);
        if (!actor.has(Role.APPLICANT) || !actor.worksFor(r.owner().code())) {
            throw new ForbiddenException("只有主办单位的经办人可以申辩");
        }
        r.appeal(text, actor.username(), clock.instant());
        return rechecks.save(r);
    }

    /** A reviewer of the owner's office decides the appeal: upheld keeps the app. */
    public Recheck decideAppeal(Actor actor, long id, boolean upheld, String reason) {
        Recheck r = requireReviewer(actor, id);
        Instant now = clock.instant();
        r.decideAppeal(upheld, reason, actor.username(), now);
        if (upheld) {
            App app = app(r);
            app.keepAfterRecheck(actor.username(), now, "僵尸应用申辩成立：" + reason.strip());
            apps.save(app);
        }
        return rechecks.save(r);
    }

    /** The appeal window ended without an appeal: judged again, still a zombie is handed over to exit, else kept. */
    public Recheck windowClosed(long id) {
        Recheck r = byId(id);
        Instant now = clock.instant();
        r.windowClosed(judge(r), now);
        if (r.outcome() == RecheckOutcome.KEPT) {
            App app = app(r);
            app.keepAfterRecheck(Actor.SYSTEM_NAME, now, "申辩期内已恢复更新或使用");
            apps.save(app);
        }
        return rechecks.save(r);
    }

    /** The facts of the app today, as the decision table sees them. */
    public RecheckFacts facts(Recheck r) {
        App app = app(r);
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        List<MonthlyUsage> history = usage.history(r.appId(), settings.usageWindowMonths() + 1).stream()
                .filter(m -> !m.month().isAfter(java.time.YearMonth.from(today)))
                .map(m -> new MonthlyUsage(m.month(), m.monthlyActiveUsers(), m.audienceSize(),
                        m.lastUpdate().isAfter(today) ? today : m.lastUpdate(),
                        m.lastPost().isAfter(today) ? today : m.lastPost(), m.servicesAnswer()))
                .toList();
        RecheckFacts.Counts counts = new RecheckFacts.Counts(duplicateApps(app), platformOverlaps(app),
                evaluations.distinctBurdenReporters(r.appId(), now.minus(burdenWindow)), bannedFeatures(app));
        return RecheckFacts.from(app.form().kind(), history, today, counts, r.proposal(), settings);
    }

    /** Other filed apps of the owner's city that offer the threshold's share of the app's functions as filed now. */
    private int duplicateApps(App app) {
        return Math.toIntExact(preCheck.duplicates(app.id(), app.form(), app.owner()).stream()
                .map(Finding::relatedAppId).distinct().count());
    }

    /** Functions of the app that the province's unified platform already offers (once per platform offering it). */
    private int platformOverlaps(App app) {
        return preCheck.platformOverlap(app.form(), app.owner()).size();
    }

    /**
     * Banned features the pre-check would refuse today (the word list may have grown since the filing). A first-ban
     * feature explained as security or emergency duty was accepted by the reviewer at filing and is not counted.
     */
    private int bannedFeatures(App app) {
        return Math.toIntExact(preCheck.bans(app.form()).stream().filter(Finding::blocking).count());
    }

    /** The re-check running for an app the actor may see; 404 when there is none (or the app is not visible). */
    public Recheck running(Actor actor, long appId) {
        Recheck r = rechecks.openFor(appId)
                .orElseThrow(() -> new NotFoundException("应用 " + appId + " 当前没有进行中的复核"));
        return visible(actor, r.id());
    }

    public Recheck visible(Actor actor, long id) {
        Recheck r = byId(id);
        boolean owner = actor.has(Role.APPLICANT) && actor.worksFor(r.owner().code());
        boolean overseer = actor.oversees(r.owner().division())
                && (actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN));
        if (!owner && !overseer && !actor.isSystem()) {
            throw new NotFoundException("未找到编号为 " + id + " 的复核");
        }
        return r;
    }

    public List<RecheckStep> steps(Actor actor, long id) {
        visible(actor, id);
        return rechecks.steps(id);
    }

    /** The cyberspace office that confirms the owner's re-check: its city's, or the province's for a provincial unit. */
    public static String officeOf(Recheck r) {
        return r.owner().division().cityCode();
    }

    public RecheckSettings settings() {
        return settings;
    }

    private VerdictOutcome judge(Recheck r) {
        return rules.evaluate(facts(r), settings);
    }

    /**
     * Why the actor may not confirm the re-check's verdict or decide its appeal, or empty when it may: only a reviewer
     * of the confirming office ({@link #officeOf}), and never a member of the owner unit.
     */
    public static Optional<String> whyNotDecider(Actor actor, Recheck r) {
        if (!actor.has(Role.REVIEWER) || actor.jurisdiction() == null
                || !actor.jurisdiction().code().equals(officeOf(r))) {
            return Optional.of("复核结论由 " + officeOf(r) + " 网信部门审核员确认");
        }
        if (actor.worksFor(r.owner().code())) {
            return Optional.of("主办单位的人员不能确认本单位应用的复核结论");
        }
        return Optional.empty();
    }

    private Recheck requireReviewer(Actor actor, long id) {
        Recheck r = visible(actor, id);
        whyNotDecider(actor, r).ifPresent(why -> {
            throw new ForbiddenException(why);
        });
        return r;
    }

    private App app(Recheck r) {
        return apps.byId(r.appId()).orElseThrow(() -> new NotFoundException("未找到应用 " + r.appId()));
    }

    private Recheck byId(long id) {
        return rechecks.byId(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的复核"));
    }
}
