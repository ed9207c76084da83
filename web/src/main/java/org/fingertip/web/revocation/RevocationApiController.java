package org.fingertip.web.revocation;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.revocation.RevocationService.Revocation;
import org.fingertip.web.app.AppResponse;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.revocation.RevocationWorkflow;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supervisor of the app's jurisdiction revokes its filing (撤销备案) with a reason. The same rule applies when a
 * ledger item is still open after its final deadline ({@code POST /api/ledger/{id}/decide-overdue} with REVOKE).
 */
@RestController
class RevocationApiController {
    private final RevocationWorkflow workflow;

    RevocationApiController(RevocationWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/apps/{id}/revoke")
    @Allowed(Role.SUPERVISOR)
    RevocationJson revoke(Actor actor, @PathVariable long id, @RequestBody RevokeRequest body) {
        return RevocationJson.of(workflow.revoke(actor, id, body.reason()));
    }

    /** The body: why the filing is revoked. */
    record RevokeRequest(String reason) {
    }

    /** The app (REVOKED), and the change and ledger items the revocation ended. */
    record RevocationJson(AppResponse app, Long endedChangeId, List<Long> endedLedgerItemIds) {
        static RevocationJson of(Revocation r) {
            return new RevocationJson(AppResponse.of(r.app()), r.endedChange() == null ? null : r.endedChange().id(),
                    r.endedItems().stream().map(LedgerItem::id).toList());
        }
    }
}
