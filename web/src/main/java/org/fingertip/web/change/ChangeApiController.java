package org.fingertip.web.change;

import java.net.URI;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.change.ChangeWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change filings (变更备案): the owner unit files a change of a filed app, revises it after a return or withdraws it;
 * whoever may see the app reads its changes, each with the diff of the changed sections. Reviewers decide through
 * {@code POST /api/tasks/{id}/complete} (task types CHANGE_FIRST_REVIEW and CHANGE_PROVINCIAL_REVIEW), as they do
 * filings.
 */
@RestController
class ChangeApiController {
    private final ChangeWorkflow workflow;
    private final ChangeService changes;

    ChangeApiController(ChangeWorkflow workflow, ChangeService changes) {
        this.workflow = workflow;
        this.changes = changes;
    }

    /** Files a change; the pre-check runs at once, so the answer says UNDER_REVIEW or RETURNED (with its gaps). */
    @PostMapping("/api/apps/{id}/changes")
    @Allowed(Role.APPLICANT)
    ResponseEntity<ChangeJson> file(Actor actor, @PathVariable long id, @RequestBody ChangeRequest body) {
        ChangeFiling c = workflow.file(actor, id, body.toProposal());
        return ResponseEntity.created(URI.create("/api/changes/" + c.id())).body(json(actor, c));
    }

    /** Every change of the app, newest first. */
    @GetMapping("/api/apps/{id}/changes")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<ChangeJson> ofApp(Actor actor, @PathVariable long id) {
        return changes.ofApp(actor, id).stream().map(c -> json(actor, c)).toList();
    }

    @GetMapping("/api/changes/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    ChangeJson get(Actor actor, @PathVariable long id) {
        return json(actor, changes.visible(actor, id));
    }

    /** Revises a returned change (the whole proposed form again) and resubmits it. */
    @PutMapping("/api/changes/{id}")
    @Allowed(Role.APPLICANT)
    ChangeJson revise(Actor actor, @PathVariable long id, @RequestBody ChangeRequest body) {
        return json(actor, workflow.revise(actor, id, body.toProposal()));
    }

    /** The owner takes an open change back; the filing stays as it was. */
    @PostMapping("/api/changes/{id}/withdraw")
    @Allowed(Role.APPLICANT)
    ChangeJson withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) WithdrawRequest body) {
        return json(actor, workflow.withdraw(actor, id, body == null ? null : body.reason()));
    }

    private ChangeJson json(Actor actor, ChangeFiling c) {
        return ChangeJson.of(c, changes.steps(actor, c.id()), changes.reviews(actor, c.id()));
    }

    /** The body of a withdrawal: an optional reason. */
    record WithdrawRequest(String reason) {
    }
}
