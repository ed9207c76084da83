package org.fingertip.web.ledger;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.registry.ledger.LedgerStep;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rectification ledger (台账). */
@RestController
@RequestMapping("/api/ledger")
class LedgerApiController {
    private final LedgerService ledger;
    private final LedgerWorkflow workflow;
    private final Clock clock;

    LedgerApiController(LedgerService ledger, LedgerWorkflow workflow, Clock clock) {
        this.ledger = ledger;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The ledger; {@code overdue=true} keeps unfinished items past their deadline, {@code open=true} unfinished ones. */
    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    LedgerPage list(Actor actor,
                    @RequestParam(required = false) LedgerState state,
                    @RequestParam(required = false) Boolean overdue,
                    @RequestParam(required = false) String department,
                    @RequestParam(required = false) LedgerCategory category,
                    @RequestParam(required = false) Boolean open,
                    @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        checkDepartment(department);
        return ledger.search(actor, state, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(open), department,
                category, paging.page(), paging.size());
    }

    /** The department filter of the list and its export: a division or unit code. */
    static void checkDepartment(String department) {
        if (department != null && department.length() > 30) {
            throw new InvalidInputException("部门编码过长", List.of(new FieldError("department", "请填写区划代码或单位编码")));
        }
    }

    @GetMapping("/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ItemResponse get(Actor actor, @PathVariable long id) {
        return ItemResponse.of(ledger.visible(actor, id), ledger.steps(actor, id), clock.instant());
    }

    /** A supervisor puts a finding on the ledger. */
    @PostMapping
    @Allowed(Role.SUPERVISOR)
    ResponseEntity<ItemResponse> open(Actor actor, @RequestBody OpenRequest body) {
        if (body.appId() == null) {
            throw new InvalidInputException("请指定应用", List.of(new FieldError("appId", "请填写应用编号")));
        }
        LedgerItem item = workflow.open(actor, body.appId(), body.category(), body.finding());
        return ResponseEntity.created(URI.create("/api/ledger/" + item.id())).body(ItemResponse.of(item, List.of(), clock.instant()));
    }

    @PostMapping("/{id}/report-fixed")
    @Allowed(Role.APPLICANT)
    ItemResponse reportFixed(Actor actor, @PathVariable long id, @RequestBody ReportRequest body) {
        return ItemResponse.of(workflow.reportFixed(actor, id, body.evidence()), List.of(), clock.instant());
    }

    @PostMapping("/{id}/verify")
    @Allowed(Role.REVIEWER)
    ItemResponse verify(Actor actor, @PathVariable long id, @RequestBody VerifyRequest body) {
        return ItemResponse.of(workflow.verify(actor, id, body.accepted(), body.comment()), List.of(), clock.instant());
    }

    @PostMapping("/{id}/decide-overdue")
    @Allowed(Role.SUPERVISOR)
    ItemResponse decideOverdue(Actor actor, @PathVariable long id, @RequestBody OverdueRequest body) {
        return ItemResponse.of(workflow.decideOverdue(actor, id, body.decision(), body.reason()), List.of(), clock.instant());
    }

    /** Opening an item: the app, the problem category and what was found. */
    record OpenRequest(Long appId, LedgerCategory category, String finding) {
    }

    /** The owner's report: what was done, with evidence. */
    record ReportRequest(String evidence) {
    }

    /** The reviewer's verification: {@code accepted} true closes the item (销号), false sends it back. */
    record VerifyRequest(Boolean accepted, String comment) {
    }

    /** The supervisor's decision on an overdue item: EXTEND (once) or REVOKE the filing. */
    record OverdueRequest(LedgerWorkflow.OverdueDecision decision, String reason) {
    }

    /** A ledger item with its steps (on reading; empty after a command). */
    record ItemResponse(long id, long appId, String appName, String ownerUnitCode, String ownerUnitName,
                        LedgerCategory category, String finding, LedgerSource source, LedgerState state,
                        String stateLabel, Instant deadline, boolean extended, boolean overdue, Instant escalatedAt,
                        String evidence, String openedBy, Instant openedAt, List<LedgerStep> steps) {
        static ItemResponse of(LedgerItem i, List<LedgerStep> steps, Instant now) {
            return new ItemResponse(i.id(), i.appId(), i.appName(), i.owner().code(), i.owner().name(), i.category(),
                    i.finding(), i.source(), i.state(), i.state().label(), i.deadline(), i.extended(),
                    i.isOverdue(now), i.escalatedAt(), i.evidence(), i.openedBy(), i.openedAt(), steps);
        }
    }
}
