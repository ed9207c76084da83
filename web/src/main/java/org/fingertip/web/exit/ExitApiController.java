package org.fingertip.web.exit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.exit.ExitWorkflow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exit (清理退出) of one app, addressed by the app: an app has at most one open exit. The owner files the plan
 * (which also starts an exit of its own), a supervisor directs one by a deadline, a reviewer decides each step.
 */
@RestController
@RequestMapping("/api/apps/{id}/exit")
class ExitApiController {
    private final ExitWorkflow workflow;
    private final ExitService exits;

    ExitApiController(ExitWorkflow workflow, ExitService exits) {
        this.workflow = workflow;
        this.exits = exits;
    }

    /**
     * The owner unit's exit plan: files it for the open exit (directed, or handed over by a re-check), or starts the
     * owner's own exit with it (201).
     */
    @PostMapping
    @Allowed(Role.APPLICANT)
    ResponseEntity<ExitJson> plan(Actor actor, @PathVariable long id, @RequestBody ExitPlan body) {
        if (exits.isOpen(id)) {
            Exit e = exits.open(actor, id);
            return ResponseEntity.ok(json(actor, workflow.filePlan(actor, e.id(), body)));
        }
        Exit e = workflow.startByOwner(actor, id, body);
        return ResponseEntity.created(URI.create("/api/apps/" + id + "/exit")).body(json(actor, e));
    }

    /** The app's open exit, or its last one, with every step. */
    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ExitJson get(Actor actor, @PathVariable long id) {
        return json(actor, exits.ofApp(actor, id));
    }

    /** A supervisor directs the app's exit by a deadline (限期关停); a deadline inside the notice period moves. */
    @PostMapping("/direct")
    @Allowed(Role.SUPERVISOR)
    ResponseEntity<ExitJson> direct(Actor actor, @PathVariable long id, @RequestBody DirectRequest body) {
        Exit e = workflow.direct(actor, id, body.deadline(), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/apps/" + id + "/exit"))
                .body(json(actor, e));
    }

    /** A reviewer approves the plan or returns it with what to change. */
    @PostMapping("/plan-decision")
    @Allowed(Role.REVIEWER)
    ExitJson decidePlan(Actor actor, @PathVariable long id, @RequestBody DecisionRequest body) {
        return json(actor, workflow.decidePlan(actor, exits.open(actor, id).id(), body.require(), body.comment()));
    }

    /** The owner reports the users' migration onto the unified platform (an integration). */
    @PostMapping("/migration")
    @Allowed(Role.APPLICANT)
    ExitJson migration(Actor actor, @PathVariable long id, @RequestBody MigrationRequest body) {
        return json(actor, workflow.reportMigration(actor, exits.open(actor, id).id(), body.migratedUsers(),
                body.note()));
    }

    /** A reviewer accepts the migration (the notice is published) or returns it. */
    @PostMapping("/migration-decision")
    @Allowed(Role.REVIEWER)
    ExitJson decideMigration(Actor actor, @PathVariable long id, @RequestBody DecisionRequest body) {
        return json(actor, workflow.decideMigration(actor, exits.open(actor, id).id(), body.require(),
                body.comment()));
    }

    /** The owner confirms delisting from every store and stopping the service, with evidence. */
    @PostMapping("/offline")
    @Allowed(Role.APPLICANT)
    ExitJson offline(Actor actor, @PathVariable long id, @RequestBody OfflineRequest body) {
        return json(actor, workflow.confirmOffline(actor, exits.open(actor, id).id(), body.storesDelisted(),
                body.serviceStopped(), body.evidence()));
    }

    /** The owner files the deregistration (注销). */
    @PostMapping("/deregistration")
    @Allowed(Role.APPLICANT)
    ExitJson deregistration(Actor actor, @PathVariable long id, @RequestBody DeregistrationRequest body) {
        return json(actor, workflow.fileDeregistration(actor, exits.open(actor, id).id(), body.statement()));
    }

    /** A reviewer verifies the deregistration (EXITED, the number cancelled) or sends it back. */
    @PostMapping("/verify")
    @Allowed(Role.REVIEWER)
    ExitJson verify(Actor actor, @PathVariable long id, @RequestBody DecisionRequest body) {
        return json(actor, workflow.verify(actor, exits.open(actor, id).id(), body.require(), body.comment()));
    }

    private ExitJson json(Actor actor, Exit e) {
        return ExitJson.of(e, exits.steps(actor, e.id()), exits.today());
    }

    /** A supervisor's direction: the date by which the app must be offline, and why. */
    record DirectRequest(LocalDate deadline, String reason) {
    }

    /** A reviewer's decision: {@code approved}/{@code accepted} (either name) and a comment, required to refuse. */
    record DecisionRequest(Boolean approved, Boolean accepted, String comment) {
        boolean require() {
            Boolean yes = approved != null ? approved : accepted;
            if (yes == null) {
                throw new InvalidInputException("请作出决定",
                        List.of(new FieldError("approved", "请填写 approved（或 accepted）：true 通过，false 退回")));
            }
            return yes;
        }
    }

    /** The users' migration: how many moved, and how. */
    record MigrationRequest(Integer migratedUsers, String note) {
    }

    /** Delisting and stopping the service: every store of the form, and the evidence. */
    record OfflineRequest(List<String> storesDelisted, Boolean serviceStopped, String evidence) {
    }

    /** The deregistration statement (数据已按方案处置等). */
    record DeregistrationRequest(String statement) {
    }
}
