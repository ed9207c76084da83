package org.fingertip.web.app;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Clearance;
import org.fingertip.registry.app.Pending;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Applications: create a draft, replace its form, submit, withdraw, read, history, search. */
@RestController
@RequestMapping("/api/apps")
class AppApiController {
    private final FilingService filingService;
    private final FilingWorkflow workflow;
    private final Apps apps;
    private final Inbox inbox;

    AppApiController(FilingService filingService, FilingWorkflow workflow, Apps apps, Inbox inbox) {
        this.filingService = filingService;
        this.workflow = workflow;
        this.apps = apps;
        this.inbox = inbox;
    }

    @PostMapping
    @Allowed(Role.APPLICANT)
    @Transactional
    ResponseEntity<AppResponse> create(Actor actor, @RequestBody AppRequest body) {
        App app = filingService.createDraft(actor, body.toForm(), body.previousAppId());
        return ResponseEntity.created(URI.create("/api/apps/" + app.id())).body(AppResponse.of(app));
    }

    @PutMapping("/{id}/form")
    @Allowed(Role.APPLICANT)
    @Transactional
    AppResponse replaceForm(Actor actor, @PathVariable long id, @RequestBody AppRequest body) {
        if (body.previousAppId() != null) {
            throw new InvalidInputException("previousAppId 只能在新建申请时填写",
                    List.of(new FieldError("previousAppId", "修改申请表时不能更改原申请")));
        }
        return AppResponse.of(filingService.replaceForm(actor, id, body.toForm()));
    }

    @PostMapping("/{id}/submit")
    @Allowed(Role.APPLICANT)
    SubmitResponse submit(Actor actor, @PathVariable long id) {
        App app = workflow.submit(actor, id);
        return new SubmitResponse(app.status(), app.findings().stream().map(AppResponse.FindingJson::of).toList(),
                app.gaps().stream().map(AppResponse.GapJson::of).toList());
    }

    @PostMapping("/{id}/withdraw")
    @Allowed(Role.APPLICANT)
    AppResponse withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
        String reason = body == null ? null : body.get("reason");
        return AppResponse.of(workflow.withdraw(actor, id, reason));
    }

    @GetMapping("/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    AppResponse get(Actor actor, @PathVariable long id) {
        return AppResponse.of(filingService.visible(actor, id));
    }

    @GetMapping("/{id}/history")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<HistoryItem> history(Actor actor, @PathVariable long id) {
        filingService.visible(actor, id);
        return apps.history(id).stream().map(HistoryItem::of).toList();
    }

    /** The open tasks of the case, read-only: who must act next and by when (a province reviewer sees a city's here). */
    @GetMapping("/{id}/tasks")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<TaskView> tasks(Actor actor, @PathVariable long id) {
        filingService.visible(actor, id);
        return inbox.ofApp(id);
    }

    /**
     * The registry as the caller may see it. {@code pending} (FILING, CHANGE) keeps what waits for a review office,
     * {@code submittedFrom}/{@code submittedTo} (yyyy-MM-dd, Asia/Shanghai, inclusive; with {@code pending}) the days
     * it was (re)submitted; {@code clearance} (EXAMINED, CUT, INTEGRATED, CLOSED, KEPT, EXITING) the point of the
     * clearance — the dashboard's drill-downs.
     */
    @GetMapping
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    AppPage search(Actor actor,
                   @RequestParam(required = false) AppStatus status,
                   @RequestParam(required = false) AppKind kind,
                   @RequestParam(required = false) DivisionLevel level,
                   @RequestParam(required = false) String department,
                   @RequestParam(required = false) String q,
                   @RequestParam(required = false) Pending pending,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedFrom,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedTo,
                   @RequestParam(required = false) Clearance clearance,
                   @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return filingService.search(actor, new AppFilters(status, kind, level, department, q, pending, submittedFrom,
                submittedTo, clearance), paging.page(), paging.size());
    }

    /** The answer to a submission: the state it reached at once, the pre-check's findings, and any gaps. */
    record SubmitResponse(AppStatus status, List<AppResponse.FindingJson> findings, List<AppResponse.GapJson> gaps) {
    }

    /** One transition. */
    record HistoryItem(AppStatus from, AppStatus to, String actor, java.time.Instant at, String reason) {
        static HistoryItem of(StatusChange c) {
            return new HistoryItem(c.from(), c.to(), c.actor(), c.at(), c.reason());
        }
    }
}
