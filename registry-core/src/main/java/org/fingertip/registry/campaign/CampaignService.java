package org.fingertip.registry.campaign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;

/**
 * The use cases of re-check campaigns. Launching selects and samples the apps and records them as members in the
 * caller's transaction; starting their re-checks is left to a background worker that takes {@link #pending} batches
 * and reports each app {@link #started} or {@link #skipped}. Callers hold the transactions.
 */
public final class CampaignService {
    /** How many campaigns a list shows. */
    public static final int LIST_LIMIT = 100;

    private final Campaigns campaigns;
    private final Departments departments;
    private final RecheckEligibility eligibility;
    private final RandomGenerator random;
    private final Clock clock;

    public CampaignService(Campaigns campaigns, Departments departments, RecheckEligibility eligibility,
                           RandomGenerator random, Clock clock) {
        this.campaigns = campaigns;
        this.departments = departments;
        this.eligibility = eligibility;
        this.random = random;
        this.clock = clock;
    }

    /** A supervisor launches a campaign over a scope within its jurisdiction; the sample is drawn at once. */
    public Campaign launch(Actor actor, CampaignRequest request) {
        if (!actor.has(Role.SUPERVISOR) || actor.jurisdiction() == null) {
            throw new ForbiddenException("只有督查员可以发起专项复核");
        }
        CampaignScope scope = scope(actor, request);
        List<Long> eligible = campaigns.eligibleApps(scope.division().path(), scope.kinds(), scope.levels());
        if (eligible.isEmpty()) {
            throw new RuleViolationException("“" + scope.division().name() + "”范围内没有符合条件的已备案或已登记应用，无法发起专项复核",
                    List.of(), List.of());
        }
        List<Long> sample = CampaignSample.draw(eligible, scope.samplePercent(), scope.seed());
        Campaign campaign = campaigns.save(
                Campaign.launch(scope, eligible.size(), sample.size(), actor.username(), clock.instant()));
        campaigns.addMembers(campaign.id(), sample);
        return campaign;
    }

    /** The campaign with its progress, for a supervisor, reviewer or administrator overseeing its scope. */
    public CampaignProgress progress(Actor actor, long id) {
        return campaigns.progress(visible(actor, id));
    }

    /** The campaigns within the actor's jurisdiction, newest first. */
    public List<Campaign> list(Actor actor) {
        if (!mayOversee(actor)) {
            throw new ForbiddenException("只有督查员、审核员和管理员可以查看专项复核");
        }
        return campaigns.within(actor.jurisdiction().path(), LIST_LIMIT);
    }

    public List<CampaignMember> members(Actor actor, long id, int offset, int limit) {
        visible(actor, id);
        return campaigns.members(id, offset, limit);
    }

    public Campaign visible(Actor actor, long id) {
        Campaign c = campaigns.byId(id).orElseThrow(() -> notFound(id));
        if (!actor.isSystem() && !(mayOversee(actor) && actor.oversees(c.division()))) {
            throw notFound(id);
        }
        return c;
    }

    // ---- the background worker's side ------------------------------------------------------------------------

    /** The next members to start, lowest app id first. */
    public List<Long> pending(long campaignId, int limit) {
        return campaigns.pending(campaignId, limit);
    }

    /** Why the app's re-check cannot be started now, or empty when it can. */
    public Optional<String> whyNotStartable(long appId) {
        return eligibility.whyNot(appId);
    }

    public void started(long campaignId, long appId, long recheckId) {
        campaigns.memberStarted(campaignId, appId, recheckId);
    }

    public void skipped(long campaignId, long appId, String reason) {
        campaigns.memberSkipped(campaignId, appId, reason);
    }

    /** Marks the campaign started when no member is pending; true if it is (now or already). */
    public boolean finishIfDone(long campaignId) {
        Campaign c = campaigns.byId(campaignId).orElseThrow(() -> notFound(campaignId));
        if (c.state() == CampaignState.STARTED) {
            return true;
        }
        if (!campaigns.pending(campaignId, 1).isEmpty()) {
            return false;
        }
        c.allStarted(clock.instant());
        campaigns.save(c);
        return true;
    }

    private CampaignScope scope(Actor actor, CampaignRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Division division = actor.jurisdiction();
        String code = request.departmentCode() == null ? null : request.departmentCode().strip();
        if (code != null && !code.isEmpty()) {
            if (!code.matches("\\d{6,12}")) {
                errors.add(new FieldError("departmentCode", "区划代码应为 6 至 12 位数字，例如 420100"));
            } else {
                division = departments.division(code).filter(actor::oversees)
                        .orElseThrow(() -> new NotFoundException("您的辖区内没有区划代码为 " + code + " 的区划"));
            }
        }
        Integer percent = request.samplePercent();
        if (percent == null) {
            errors.add(new FieldError("samplePercent", "请填写抽查比例（1 至 100 的整数百分比）"));
        } else if (percent < 1 || percent > 100) {
            errors.add(new FieldError("samplePercent", "抽查比例应为 1 至 100 的整数百分比"));
        }
        if (request.kinds() != null && request.kinds().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new FieldError("kinds", "应用类型不能为空值"));
        }
        if (request.levels() != null && request.levels().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new FieldError("levels", "层级不能为空值"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("专项复核的范围有误", errors);
        }
        Set<AppKind> kinds = request.kinds() == null || request.kinds().isEmpty() ? Set.of()
                : EnumSet.copyOf(request.kinds());
        Set<DivisionLevel> levels = request.levels() == null || request.levels().isEmpty() ? Set.of()
                : EnumSet.copyOf(request.levels());
        long seed = request.seed() != null ? request.seed() : random.nextLong() & 0x7FFFFFFFFFFFFL;
        return new CampaignScope(division, kinds, levels, percent, seed);
    }

    private static boolean mayOversee(Actor actor) {
        return actor.jurisdiction() != null
                && (actor.has(Role.SUPERVISOR) || actor.has(Role.REVIEWER) || actor.has(Role.ADMIN));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("未找到编号为 " + id + " 的专项复核");
    }
}
