package org.fingertip.web.recheck;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckOutcome;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckState;
import org.fingertip.registry.recheck.RecheckStep;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The re-check (回头看) of one app, addressed by the app: an app runs at most one re-check at a time. (Campaigns over
 * many apps are {@code /api/rechecks}, a later step.)
 */
@RestController
@RequestMapping("/api/apps/{id}/recheck")
class RecheckApiController {
    private final RecheckWorkflow workflow;
    private final RecheckService rechecks;

    RecheckApiController(RecheckWorkflow workflow, RecheckService rechecks) {
        this.workflow = workflow;
        this.rechecks = rechecks;
    }

    /** A supervisor starts a re-check of a filed or registered app in its jurisdiction. */
    @PostMapping
    @Allowed(Role.SUPERVISOR)
    ResponseEntity<RecheckJson> start(Actor actor, @PathVariable long id) {
        Recheck r = workflow.start(actor, id, RecheckTrigger.SUPERVISOR);
        return ResponseEntity.created(URI.create("/api/apps/" + id + "/recheck")).body(RecheckJson.of(r, List.of()));
    }

    /** The running re-check of the app, with its steps. */
    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    RecheckJson get(Actor actor, @PathVariable long id) {
        Recheck r = rechecks.running(actor, id);
        return RecheckJson.of(r, rechecks.steps(actor, r.id()));
    }

    /** The owner unit's self-inspection (自查自评): what it proposes, and why. */
    @PostMapping("/self-inspection")
    @Allowed(Role.APPLICANT)
    RecheckJson selfInspection(Actor actor, @PathVariable long id, @RequestBody SelfInspectionRequest body) {
        long recheckId = rechecks.running(actor, id).id();
        return RecheckJson.of(workflow.answerSelfInspection(actor, recheckId, body.proposal(), body.statement()),
                List.of());
    }

    /** A reviewer confirms the computed verdict, or overrides it with a reason. */
    @PostMapping("/confirm")
    @Allowed(Role.REVIEWER)
    RecheckJson confirm(Actor actor, @PathVariable long id, @RequestBody ConfirmRequest body) {
        long recheckId = rechecks.running(actor, id).id();
        return RecheckJson.of(workflow.confirm(actor, recheckId, body.verdict(), body.overrideReason()).recheck(),
                List.of());
    }

    /** The owner unit appeals a zombie verdict within the window. */
    @PostMapping("/appeal")
    @Allowed(Role.APPLICANT)
    RecheckJson appeal(Actor actor, @PathVariable long id, @RequestBody AppealRequest body) {
        long recheckId = rechecks.running(actor, id).id();
        return RecheckJson.of(workflow.appeal(actor, recheckId, body.text()), List.of());
    }

    /** A reviewer decides the appeal: upheld keeps the app; dismissed hands it over to exit. */
    @PostMapping("/decide-appeal")
    @Allowed(Role.REVIEWER)
    RecheckJson decideAppeal(Actor actor, @PathVariable long id, @RequestBody AppealDecisionRequest body) {
        long recheckId = rechecks.running(actor, id).id();
        return RecheckJson.of(workflow.decideAppeal(actor, recheckId, Boolean.TRUE.equals(body.upheld()),
                body.reason()), List.of());
    }

    /** The self-inspection: the verdict the owner proposes (KEEP, RECTIFY, INTEGRATE, EXIT) and its statement. */
    record SelfInspectionRequest(Verdict proposal, String statement) {
    }

    /** The confirmed verdict; {@code overrideReason} is required when it differs from the computed one. */
    record ConfirmRequest(Verdict verdict, String overrideReason) {
    }

    /** The owner's appeal against a zombie verdict. */
    record AppealRequest(String text) {
    }

    /** The reviewer's decision on an appeal. */
    record AppealDecisionRequest(Boolean upheld, String reason) {
    }

    /** A re-check as the API shows it. */
    record RecheckJson(long id, long appId, String appName, RecheckTrigger trigger, RecheckState state,
                       String stateLabel, Verdict proposal, String statement, boolean selfInspectionLate,
                       Verdict computedVerdict, List<RecheckReason> reasons, Verdict confirmedVerdict,
                       String overrideReason, Instant windowEnds, RecheckOutcome outcome, Instant startedAt,
                       Instant concludedAt, List<RecheckStep> steps) {
        static RecheckJson of(Recheck r, List<RecheckStep> steps) {
            return new RecheckJson(r.id(), r.appId(), r.appName(), r.trigger(), r.state(), r.state().label(),
                    r.proposal(), r.statement(), r.selfInspectionLate(),
                    r.computed() == null ? null : r.computed().verdict(),
                    r.computed() == null ? List.of() : r.computed().reasons(), r.confirmed(), r.overrideReason(),
                    r.windowEnds(), r.outcome(), r.startedAt(), r.concludedAt(), steps);
        }
    }
}
