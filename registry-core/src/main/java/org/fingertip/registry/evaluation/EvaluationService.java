package org.fingertip.registry.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;

/**
 * Ratings and burden reports. Who may rate: an observer whose jurisdiction holds the app, or anyone whose unit is in
 * the app's audience (an internal app: units of the owner's city, or of the province for a provincial app; a public
 * app: units of the province) — never the owner unit itself. When distinct burden reporters within the window reach
 * the threshold and no evaluation item is open, the answer carries a {@link BurdenAlarm}; the app's row is locked
 * first, so concurrent reports cross the threshold exactly once.
 */
public final class EvaluationService {
    public static final int COMMENT_MAX = 1000;
    static final Set<AppStatus> IN_USE = EnumSet.of(AppStatus.FILED, AppStatus.CHANGE_UNDER_REVIEW,
            AppStatus.UNDER_RECHECK, AppStatus.RECTIFYING, AppStatus.INTEGRATING, AppStatus.EXITING,
            AppStatus.LIVE_UNFILED, AppStatus.REGISTERED);

    private final Evaluations evaluations;
    private final Apps apps;
    private final AppLocks locks;
    private final LedgerItems ledger;
    private final EvaluationSettings settings;
    private final Clock clock;

    public EvaluationService(Evaluations evaluations, Apps apps, AppLocks locks, LedgerItems ledger,
                             EvaluationSettings settings, Clock clock) {
        this.evaluations = evaluations;
        this.apps = apps;
        this.locks = locks;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** A rating with its burdens; the alarm is present when this report crossed the threshold. */
    public record Rated(Evaluation evaluation, Optional<BurdenAlarm> alarm) {
    }

    /** Burden reports passed the threshold: what the ledger item will say. */
    public record BurdenAlarm(App app, LedgerCategory category, String finding, int reporters) {
    }

    public Rated rate(Actor actor, long appId, Integer rating, List<BurdenCategory> burdens, String comment,
                      boolean anonymous) {
        App app = apps.byId(appId).orElseThrow(() -> notFound(appId));
        if (!inAudience(actor, app) && !AccessPolicy.canSee(actor, app)) {
            throw notFound(appId);
        }
        if (!mayRate(actor, app)) {
            throw new ForbiddenException("只有基层观察员或应用服务对象范围内的用户可以评价此应用");
        }
        if (!inUse(app)) {
            throw new StateConflictException("应用“" + app.displayName() + "”当前状态为“" + app.status().label()
                    + "”，不在使用中，不能评价", app.status().name());
        }
        Set<BurdenCategory> reported = validated(rating, burdens, comment);
        locks.lock(appId);
        Instant now = clock.instant();
        Evaluation evaluation = new Evaluation(null, appId, actor.username(),
                actor.unit() == null ? null : actor.unit().code(), rating, reported,
                comment == null || comment.isBlank() ? null : comment.strip(), anonymous, now);
        long id = evaluations.add(evaluation);
        Evaluation saved = new Evaluation(id, appId, evaluation.reporter(), evaluation.reporterUnitCode(), rating,
                reported, evaluation.comment(), anonymous, now);
        if (reported.isEmpty()) {
            return new Rated(saved, Optional.empty());
        }
        Instant since = now.minus(Duration.ofDays(settings.windowDays()));
        int reporters = evaluations.distinctBurdenReporters(appId, since);
        if (reporters < settings.threshold() || ledger.hasUnfinished(appId, LedgerSource.EVALUATION)) {
            return new Rated(saved, Optional.empty());
        }
        Map<BurdenCategory, Integer> byCategory = evaluations.burdenReporters(appId, since);
        BurdenCategory top = byCategory.entrySet().stream()
                .max(Map.Entry.<BurdenCategory, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(BurdenCategory.OTHER);
        String detail = byCategory.entrySet().stream()
                .sorted(Map.Entry.<BurdenCategory, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().label() + "（" + e.getValue() + " 人）").collect(Collectors.joining("、"));
        String finding = settings.windowDays() + " 天内有 " + reporters + " 名基层用户反映负担：" + detail;
        return new Rated(saved, Optional.of(new BurdenAlarm(app, top.ledgerCategory(), finding, reporters)));
    }

    /** The evaluations of an app, newest first; the reporter of an anonymous one only for supervisors and operators. */
    public List<Evaluation> ofApp(Actor actor, long appId, int limit) {
        App app = apps.byId(appId).orElseThrow(() -> notFound(appId));
        AccessPolicy.requireVisible(actor, app, appId);
        boolean seesReporters = actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
        List<Evaluation> list = new ArrayList<>();
        for (Evaluation e : evaluations.ofApp(appId, limit)) {
            boolean hide = e.anonymous() && !seesReporters && !actor.username().equals(e.reporter());
            list.add(hide ? new Evaluation(e.id(), e.appId(), null, null, e.rating(), e.burdens(), e.comment(), true,
                    e.at()) : e);
        }
        return list;
    }

    /**
     * The evaluations of the actor's jurisdiction (reviewers, supervisors, operators), newest first: optionally of one
     * division or unit, reporting one burden, made in the months {@code from} to {@code to} (Asia/Shanghai, both
     * inclusive). The rows never name the reporter.
     */
    public EvaluationPage search(Actor actor, String department, BurdenCategory category, YearMonth from,
                                 YearMonth to, int page, int size) {
        if (!(actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN))) {
            throw new ForbiddenException("只有审核员、督查员和管理员可以查看辖区的评价与负担反映");
        }
        List<FieldError> errors = new ArrayList<>();
        String dept = department == null || department.isBlank() ? null : department.strip();
        if (dept != null && dept.length() > 30) {
            errors.add(new FieldError("department", "请填写区划代码（如 420100）或单位编码（如 420100-007）"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "截止月份不能早于起始月份"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("筛选条件有误", errors);
        }
        if (actor.jurisdiction() == null) {
            return new EvaluationPage(List.of(), 0, page, size);
        }
        Instant start = from == null ? null : EvaluationQuery.monthStart(from);
        Instant before = to == null ? null : EvaluationQuery.monthStart(to.plusMonths(1));
        return evaluations.search(new EvaluationQuery(actor.jurisdiction().path(), dept, category, start, before, page,
                size));
    }

    /**
     * The apps the actor may rate now ({@link #mayRate} and {@link #inUse}), by name: for an observer those of its
     * jurisdiction and of its unit's audience; for anyone else those of its unit's audience.
     */
    public AppPage rateable(Actor actor, String keyword, int page, int size) {
        if (keyword != null && keyword.strip().length() > FormRules.NAME_MAX) {
            throw new InvalidInputException("筛选条件有误",
                    List.of(new FieldError("q", "关键词不能超过 " + FormRules.NAME_MAX + " 个字符")));
        }
        RateableQuery query = RateableQuery.of(actor, keyword, page, size);
        return query.empty() ? new AppPage(List.of(), 0, page, size) : evaluations.rateable(query);
    }

    /** The actor's own evaluations, newest first, each with what came of it. */
    public OwnReportPage reportsOf(Actor actor, int page, int size) {
        return evaluations.reportsBy(actor.username(), page, size);
    }

    /** One of the actor's own evaluations; anyone else's is "not found". */
    public OwnReport reportOf(Actor actor, long evaluationId) {
        return evaluations.reportBy(actor.username(), evaluationId)
                .orElseThrow(() -> new NotFoundException("未找到编号为 " + evaluationId + " 的评价"));
    }

    public Evaluations.Summary summary(Actor actor, long appId) {
        App app = apps.byId(appId).orElseThrow(() -> notFound(appId));
        AccessPolicy.requireVisible(actor, app, appId);
        return evaluations.summary(appId);
    }

    /** Who may rate the app, whatever its state: an observer of its jurisdiction, or a unit in its audience. */
    public static boolean mayRate(Actor actor, App app) {
        return inAudience(actor, app) || actor.has(Role.OBSERVER) && actor.oversees(app.owner().division());
    }

    /** An app in use may be rated. */
    public static boolean inUse(App app) {
        return IN_USE.contains(app.status());
    }

    /** Units in the app's audience, never the owner unit itself. */
    public static boolean inAudience(Actor actor, App app) {
        if (actor.unit() == null || actor.unit().code().equals(app.owner().code())) {
            return false;
        }
        String scope = app.form().audience() == Audience.PUBLIC
                ? "/" + app.owner().division().provinceCode() + "/"
                : app.owner().division().cityPath();
        return actor.unit().division().path().startsWith(scope);
    }

    private static Set<BurdenCategory> validated(Integer rating, List<BurdenCategory> burdens, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            errors.add(new FieldError("rating", "请打 1 到 5 分"));
        }
        Set<BurdenCategory> set = EnumSet.noneOf(BurdenCategory.class);
        if (burdens != null) {
            for (int i = 0; i < burdens.size(); i++) {
                if (burdens.get(i) == null) {
                    errors.add(new FieldError("burdens[" + i + "]", "负担类别不能为空"));
                } else {
                    set.add(burdens.get(i));
                }
            }
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            errors.add(new FieldError("comment", "意见不能超过 " + COMMENT_MAX + " 个字符"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("评价有误", errors);
        }
        return set;
    }

    private static NotFoundException notFound(long appId) {
        return new NotFoundException("未找到编号为 " + appId + " 的应用");
    }
}
