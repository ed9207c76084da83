package org.fingertip.web.page.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.diagram.AppDiagrams;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.page.change.AppChange;
import org.fingertip.web.page.evaluation.AppEvaluations;
import org.fingertip.web.page.exit.AppExit;
import org.fingertip.web.page.ledger.AppLedger;
import org.fingertip.web.page.recheck.AppRecheck;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.diagram.CaseInstance;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskActions;
import org.fingertip.registry.task.CommentService;
import org.fingertip.workflow.task.TaskView;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page of one application: its status, number and owner, the form by section, findings, gaps, history,
 * reviews and open tasks, the diagram of its process, its evaluations, its ledger items, its running re-check and its exit; and what the viewer
 * may do about it — withdraw (applicant), claim and decide (a reviewer who may decide the open review step), rate it,
 * open a ledger item or start a re-check (supervisor), go to the exit page to apply for or direct an exit. Others see the open tasks read-only, with the reason.
 */
@Controller
class CaseController {
    private static final Set<AppStatus> WITHDRAWABLE = EnumSet.of(AppStatus.DRAFT, AppStatus.UNDER_REVIEW,
            AppStatus.RETURNED);

    private final FilingService filingService;
    private final FilingWorkflow workflow;
    private final Apps apps;
    private final Inbox inbox;
    private final TaskActions actions;
    private final CommentService comments;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final AppEvaluations evaluations;
    private final AppLedger ledger;
    private final AppRecheck recheck;
    private final AppExit exit;
    private final AppChange changes;
    private final AppDiagrams diagrams;

    CaseController(FilingService filingService, FilingWorkflow workflow, Apps apps, Inbox inbox,
                   TransactionTemplate tx, MessageSource messages, AppEvaluations evaluations, AppLedger ledger,
                   AppRecheck recheck, AppExit exit, AppChange changes, AppDiagrams diagrams,
                   TaskActions actions, CommentService comments) {
        this.filingService = filingService;
        this.workflow = workflow;
        this.apps = apps;
        this.inbox = inbox;
        this.tx = tx;
        this.messages = messages;
        this.evaluations = evaluations;
        this.ledger = ledger;
        this.recheck = recheck;
        this.exit = exit;
        this.changes = changes;
        this.diagrams = diagrams;
        this.actions = actions;
        this.comments = comments;
    }

    @InitBinder("decision")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/apps/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    ModelAndView show(Actor actor, @PathVariable long id, @RequestParam(required = false) String instance) {
        return page(HttpStatus.OK, actor, id, instance, DecisionFormData.empty(), FieldMessages.none());
    }

    /**
     * The case diagram for the page's image: the same answer as {@code /api/apps/{id}/diagram.svg}, under the page's
     * session login (the API takes HTTP Basic only).
     */
    @GetMapping("/apps/{id}/diagram.svg")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    ResponseEntity<String> diagram(Actor actor, @PathVariable long id, @RequestParam(required = false) String instance) {
        return diagrams.svg(actor, id, instance);
    }

    @PostMapping("/apps/{id}/withdraw")
    @Allowed(Role.APPLICANT)
    String withdraw(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        workflow.withdraw(actor, id, why);
        redirect.addFlashAttribute("notice", "notice.withdrawn");
        return "redirect:/apps/" + id;
    }

    @PostMapping("/apps/{id}/tasks/{taskId}/claim")
    @Allowed(Role.REVIEWER)
    String claim(Actor actor, @PathVariable long id, @PathVariable String taskId, RedirectAttributes redirect) {
        requireTaskOf(id, taskId);
        actions.claim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.claimed");
        return "redirect:/apps/" + id;
    }

    @PostMapping("/apps/{id}/tasks/{taskId}/unclaim")
    @Allowed(Role.REVIEWER)
    String unclaim(Actor actor, @PathVariable long id, @PathVariable String taskId, RedirectAttributes redirect) {
        requireTaskOf(id, taskId);
        actions.unclaim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.unclaimed");
        return "redirect:/apps/" + id;
    }

    /**
     * Decides an open review task. The page checks what only a page can (the confirmation, half-filled gap rows);
     * the core checks the rest (a return without gaps, a rejection without a reason). Either way the form comes back
     * as typed, with each message beside its field.
     */
    @PostMapping("/apps/{id}/tasks/{taskId}/decide")
    @Allowed(Role.REVIEWER)
    ModelAndView decide(Actor actor, @PathVariable long id, @PathVariable String taskId,
                        @ModelAttribute("decision") DecisionFormData data, BindingResult binding,
                        @RequestParam(defaultValue = "decide") String action, RedirectAttributes redirect) {
        requireTaskOf(id, taskId);
        if ("addGap".equals(action)) {
            data.addRow();
            return page(HttpStatus.OK, actor, id, null, data, FieldMessages.none());
        }
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        }
        if (!data.isConfirmed()) {
            errors.add("confirmed", messages.getMessage("decision.error.confirm", null, LocaleContextHolder.getLocale()));
        }
        List<Gap> gaps = data.gapsFor(errors, messages);
        if (!errors.isEmpty()) {
            data.padRows();
            return page(HttpStatus.BAD_REQUEST, actor, id, null, data, errors);
        }
        try {
            workflow.decide(actor, taskId, data.getDecision(), data.getComment(), gaps);
        } catch (RuleViolationException e) {
            errors.addAll(e.errors(), f -> f);
            data.padRows();
            return page(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, null, data, errors);
        }
        redirect.addFlashAttribute("notice", "notice.decided." + data.getDecision().name());
        return new ModelAndView("redirect:/apps/" + id);
    }

    /** Adds to the case's comment thread; a wrong comment comes back as typed with the message beside it. */
    @PostMapping("/apps/{id}/comments")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    ModelAndView comment(Actor actor, @PathVariable long id, @RequestParam(required = false) String body,
                         RedirectAttributes redirect) {
        try {
            comments.add(actor, id, body);
        } catch (InvalidInputException e) {
            FieldMessages errors = new FieldMessages();
            errors.addAll(e.errors(), f -> f);
            ModelAndView mav = page(HttpStatus.BAD_REQUEST, actor, id, null, DecisionFormData.empty(),
                    FieldMessages.none());
            mav.addObject("commentErrors", errors);
            mav.addObject("commentBody", body);
            return mav;
        }
        redirect.addFlashAttribute("notice", "notice.commented");
        return new ModelAndView("redirect:/apps/" + id + "#comments");
    }

    /** A task id in the address must be an open task of the application in the address. */
    private void requireTaskOf(long appId, String taskId) {
        Boolean ours = tx.execute(s -> inbox.ofApp(appId).stream().anyMatch(t -> t.id().equals(taskId)));
        if (!Boolean.TRUE.equals(ours)) {
            throw new NotFoundException(messages.getMessage("case.taskNotFound", new Object[]{taskId},
                    LocaleContextHolder.getLocale()));
        }
    }

    private ModelAndView page(HttpStatus status, Actor actor, long id, String instance, DecisionFormData decision,
                              FieldMessages decisionErrors) {
        ModelAndView mav = new ModelAndView("app/case");
        mav.setStatus(status);
        tx.executeWithoutResult(s -> fill(mav, actor, id, instance));
        mav.addObject("decision", decision);
        mav.addObject("errors", decisionErrors);
        mav.addObject("commentErrors", FieldMessages.none());
        return mav;
    }

    private void fill(ModelAndView mav, Actor actor, long id, String instance) {
        App app = filingService.visible(actor, id);
        mav.addObject("app", app);
        mav.addObject("form", FilingFormData.of(app.form()));
        mav.addObject("history", apps.history(id));
        mav.addObject("reviews", filingService.reviewsOf(actor, id));

        List<TaskRow> tasks = new ArrayList<>();
        TaskRow decidable = null;
        for (TaskView t : inbox.ofApp(id)) {
            TaskRow row = taskRow(actor, app, t);
            tasks.add(row);
            if (decidable == null && row.decider() && !row.claimedByOther()) {
                decidable = row;
            }
        }
        mav.addObject("tasks", tasks);
        mav.addObject("decisionTask", decidable);

        Map<String, List<Gap>> gaps = new LinkedHashMap<>();
        for (Gap g : app.gaps()) {
            gaps.computeIfAbsent(g.section().key(), k -> new ArrayList<>()).add(g);
        }
        mav.addObject("gapsBySection", gaps);
        mav.addObject("sectionList", FormSection.values());
        mav.addObject("decisions", Decision.values());
        boolean ownUnit = actor.has(Role.APPLICANT) && actor.worksFor(app.owner().code());
        mav.addObject("canEdit", ownUnit && FilingFormController.EDITABLE.contains(app.status()));
        mav.addObject("canWithdraw", ownUnit && WITHDRAWABLE.contains(app.status()));
        mav.addObject("feedback", evaluations.of(actor, app));
        mav.addObject("ledger", ledger.of(actor, app));
        mav.addObject("recheck", recheck.of(actor, app));
        mav.addObject("clearance", exit.of(actor, app));
        mav.addObject("changes", changes.of(actor, app));
        mav.addObject("comments", comments.list(actor, id));
        boolean worker = actor.has(Role.APPLICANT) || actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR);
        mav.addObject("canComment", worker || actor.has(Role.ADMIN));
        mav.addObject("canOpenTasks", worker);
        mav.addObject("diagram", diagramView(actor, id, instance));
    }

    /** The app's processes and the one whose diagram is shown: the one asked for (the app's own), or the first. */
    private DiagramView diagramView(Actor actor, long id, String instance) {
        List<CaseInstance> processes = diagrams.instances(actor, id);
        if (instance == null || instance.isBlank()) {
            return new DiagramView(processes, processes.isEmpty() ? null : processes.get(0));
        }
        CaseInstance chosen = processes.stream().filter(p -> p.id().equals(instance)).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.getMessage("diagram.instanceNotFound",
                        new Object[]{instance}, LocaleContextHolder.getLocale())));
        return new DiagramView(processes, chosen);
    }

    /**
     * One open task and what the viewer may do with it. Whether a reviewer may decide is the core's answer
     * ({@link FilingService#requireDecider}); when it may not, the reason is shown instead of the form.
     */
    private TaskRow taskRow(Actor actor, App app, TaskView task) {
        ReviewStep step = task.type().reviewStep().orElse(null);
        boolean decider = false;
        String readOnlyReason = null;
        if (step != null && actor.has(Role.REVIEWER)) {
            try {
                filingService.requireDecider(actor, app.id(), step);
                decider = true;
            } catch (DomainException e) {
                readOnlyReason = e.getMessage();
            }
        }
        boolean mine = actor.username().equals(task.assignee());
        boolean claimedByOther = task.assignee() != null && !mine;
        return new TaskRow(task, decider, mine, claimedByOther, readOnlyReason);
    }

    /** The processes of the case, running ones first, and the one drawn (null when there is none). */
    public record DiagramView(List<CaseInstance> processes, CaseInstance shown) {
    }

    /** An open task on the case page. */
    public record TaskRow(TaskView task, boolean decider, boolean mine, boolean claimedByOther,
                          String readOnlyReason) {
    }
}
