package org.fingertip.web.recheck;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.CampaignRequest;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.campaign.CampaignState;
import org.fingertip.registry.campaign.MemberState;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.campaign.CampaignWorkflow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-check campaigns (专项复核). A launch answers 202 at once: the sample is drawn and recorded in the request, and the
 * re-checks are started in the background, a batch per job; {@code GET /api/rechecks/{id}} shows how far it got.
 */
@RestController
@RequestMapping("/api/rechecks")
class CampaignApiController {
    private final CampaignWorkflow workflow;
    private final CampaignService campaigns;

    CampaignApiController(CampaignWorkflow workflow, CampaignService campaigns) {
        this.workflow = workflow;
        this.campaigns = campaigns;
    }

    /** A supervisor launches a campaign over a scope within its jurisdiction. */
    @PostMapping
    @Allowed(Role.SUPERVISOR)
    ResponseEntity<CampaignJson> launch(Actor actor, @RequestBody LaunchRequest body) {
        Campaign c = workflow.launch(actor, new CampaignRequest(body.departmentCode(), body.kinds(), body.levels(),
                body.samplePercent(), body.seed()));
        CampaignProgress accepted = new CampaignProgress(c, 0, 0, c.selected(), 0, 0, Map.of());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/rechecks/" + c.id()))
                .body(CampaignJson.of(accepted));
    }

    /** The campaigns within the caller's jurisdiction, newest first (at most 100). */
    @GetMapping
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<CampaignSummary> list(Actor actor) {
        return campaigns.list(actor).stream().map(CampaignSummary::of).toList();
    }

    /** The campaign's progress: selected, started, skipped, pending, answered, concluded, verdicts by kind. */
    @GetMapping("/{id}")
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    @Transactional(readOnly = true)
    CampaignJson get(Actor actor, @PathVariable long id) {
        return CampaignJson.of(campaigns.progress(actor, id));
    }

    /** The sampled apps, a page at a time, in app id order, each with its state and re-check. */
    @GetMapping("/{id}/apps")
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<MemberJson> members(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return campaigns.members(actor, id, paging.page() * paging.size(), paging.size()).stream()
                .map(MemberJson::of).toList();
    }

    /**
     * The scope of a campaign: a division code within the caller's jurisdiction (default: the jurisdiction), app kinds
     * and owner levels (empty: all), the sample percentage (1–100) and a seed (default: drawn and stored), so that the
     * same seed over the same inventory draws the same apps.
     */
    record LaunchRequest(String departmentCode, List<AppKind> kinds, List<DivisionLevel> levels,
                         Integer samplePercent, Long seed) {
    }

    record CampaignJson(long id, CampaignState state, String stateLabel, String departmentCode, String departmentName,
                        Set<AppKind> kinds, Set<DivisionLevel> levels, int samplePercent, long seed, int eligible,
                        int selected, int started, int skipped, int pending, int answered, int concluded,
                        Map<Verdict, Integer> verdicts, String launchedBy, Instant launchedAt,
                        Instant allStartedAt) {
        static CampaignJson of(CampaignProgress p) {
            Campaign c = p.campaign();
            return new CampaignJson(c.id(), c.state(), c.state().label(), c.division().code(), c.division().name(),
                    c.kinds(), c.levels(), c.samplePercent(), c.seed(), c.eligible(), c.selected(), p.started(),
                    p.skipped(), p.pending(), p.answered(), p.concluded(), p.verdicts(), c.launchedBy(),
                    c.launchedAt(), c.allStartedAt());
        }
    }

    record CampaignSummary(long id, CampaignState state, String stateLabel, String departmentCode,
                           String departmentName, int samplePercent, long seed, int selected, String launchedBy,
                           Instant launchedAt) {
        static CampaignSummary of(Campaign c) {
            return new CampaignSummary(c.id(), c.state(), c.state().label(), c.division().code(), c.division().name(),
                    c.samplePercent(), c.seed(), c.selected(), c.launchedBy(), c.launchedAt());
        }
    }

    record MemberJson(long appId, String appName, MemberState state, String stateLabel, Long recheckId, String note) {
        static MemberJson of(CampaignMember m) {
            return new MemberJson(m.appId(), m.appName(), m.state(), m.state().label(), m.recheckId(), m.note());
        }
    }
}
