package org.fingertip.web.page.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.change.ChangeState;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.department.Departments;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.page.FormDrafts;
import org.fingertip.web.page.app.DecisionFormData;
import org.fingertip.web.page.app.FilingFormData;
import org.fingertip.web.page.app.FormNotes;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.change.ChangeWorkflow;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskActions;
import org.fingertip.workflow.task.TaskView;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
 * The pages of change filing. The owner unit's applicant files a change from the case page: the filing form
 * pre-filled with the current form, the day the change takes effect and why; every error beside its field, the form
 * kept as typed. The change's page shows the diff of the changed sections only, the pre-check's findings, the gaps of
 * a return, steps and reviews; a reviewer of the step's office claims and decides there (a return names only changed
 * sections); the owner revises a returned change or withdraws an open one.
 */
@Controller
class ChangePagesController {
    private static final String FORM = "change/form";
    private static final String PAGE = "change/change";

    private final ChangeService changes;
    private final ChangeWorkflow workflow;
    private final FilingService filingService;
    private final Departments departments;
    private final Inbox inbox;
    private final TaskActions actions;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    ChangePagesController(ChangeService changes, ChangeWorkflow workflow, FilingService filingService,
                          Departments departments, Inbox inbox, TransactionTemplate tx, MessageSource messages,
                          TaskActions actions) {
        this.changes = changes;
        this.workflow = workflow;
        this.filingService = filingService;
        this.departments = departments;
        this.inbox = inbox;
        this.tx = tx;
        this.messages = messages;
        this.actions = actions;
    }

    @InitBinder({"form", "decision"})
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    // ---- filing a change -----------------------------------------------------------------------------------------

    @GetMapping("/apps/{id}/changes/new")
    @Allowed(Role.APPLICANT)
    ModelAndView newChange(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        App app = tx.execute(s -> filingService.visible(actor, id));
        if (!changes.mayFile(actor, app)) {
            redirect.addFlashAttribute("notice", "notice.changeNotAllowed");
            return new ModelAndView("redirect:/apps/" + id);
        }
        ChangeFormData data = ChangeFormData.of(app.form(), changes.earliestEffectiveDate(), null);
        return form(HttpStatus.OK, app, null, data, FieldMessages.none(), null);
    }

    @PostMapping("/apps/{id}/changes/new")
    @Allowed(Role.APPLICANT)
    ModelAndView file(Actor actor, @PathVariable long id, @ModelAttribute("form") ChangeFormData data,
                      BindingResult binding, @RequestParam(defaultValue = "file") String action,
                      RedirectAttributes redirect) {
        App app = tx.execute(s -> filingService.visible(actor, id));
        Optional<ModelAndView> again = notYet(app, null, data, binding, action);
        if (again.isPresent()) {
            return again.get();
        }
        try {
            ChangeFiling change = workflow.file(actor, id, data.toProposal());
            redirect.addFlashAttribute(FormDrafts.SAVED, FormDrafts.key("change-of-app", actor.username(), id));
            return filed(change, redirect);
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, app, null, data, e.errors(), e.getMessage());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, app, null, data, e.errors(), e.getMessage());
        }
    }

    /** The app's open change (from the inbox and the case page), or the case when none is open. */
    @GetMapping("/apps/{id}/change")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    String openChange(Actor actor, @PathVariable long id) {
        Optional<ChangeFiling> open = tx.execute(s -> changes.openOf(actor, id));
        return open.map(c -> "redirect:/changes/" + c.id()).orElse("redirect:/apps/" + id);
    }

    // ---- the change -------------------------------------------------------------------------------------------------

    @GetMapping("/changes/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    ModelAndView show(Actor actor, @PathVariable long id) {
        return page(HttpStatus.OK, actor, id, DecisionFormData.empty(), FieldMessages.none());
    }

    @GetMapping("/changes/{id}/revise")
    @Allowed(Role.APPLICANT)
    ModelAndView reviseForm(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        ChangeFiling change = tx.execute(s -> changes.visible(actor, id));
        if (change.state() != ChangeState.RETURNED || !actor.worksFor(change.owner().code())) {
            redirect.addFlashAttribute("notice", "notice.changeNotRevisable");
            return new ModelAndView("redirect:/changes/" + id);
        }
        App app = tx.execute(s -> filingService.visible(actor, change.appId()));
        ChangeFormData data = ChangeFormData.of(change.proposedForm(), change.effectiveDate(), change.explanation());
        return form(HttpStatus.OK, app, change, data, FieldMessages.none(), null);
    }

    @PostMapping("/changes/{id}/revise")
    @Allowed(Role.APPLICANT)
    ModelAndView revise(Actor actor, @PathVariable long id, @ModelAttribute("form") ChangeFormData data,
                        BindingResult binding, @RequestParam(defaultValue = "file") String action,
                        RedirectAttributes redirect) {
        ChangeFiling change = tx.execute(s -> changes.visible(actor, id));
        App app = tx.execute(s -> filingService.visible(actor, change.appId()));
        Optional<ModelAndView> again = notYet(app, change, data, binding, action);
        if (again.isPresent()) {
            return again.get();
        }
        try {
            ChangeFiling revised = workflow.revise(actor, id, data.toProposal());
            redirect.addFlashAttribute(FormDrafts.SAVED, FormDrafts.key("change", actor.username(), id));
            return filed(revised, redirect);
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, app, change, data, e.errors(), e.getMessage());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, app, change, data, e.errors(), e.getMessage());
        }
    }

    @PostMapping("/changes/{id}/withdraw")
    @Allowed(Role.APPLICANT)
    String withdraw(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        workflow.withdraw(actor, id, reason == null || reason.isBlank() ? null : reason.strip());
        redirect.addFlashAttribute("notice", "notice.changeWithdrawn");
        return "redirect:/changes/" + id;
    }

    // ---- the reviewer ------------------------------------------------------------------------------------------------

    @PostMapping("/changes/{id}/tasks/{taskId}/claim")
    @Allowed(Role.REVIEWER)
    String claim(Actor actor, @PathVariable long id, @PathVariable String taskId, RedirectAttributes redirect) {
        requireTaskOf(actor, id, taskId);
        actions.claim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.claimed");
        return "redirect:/changes/" + id;
    }

    @PostMapping("/changes/{id}/tasks/{taskId}/unclaim")
    @Allowed(Role.REVIEWER)
    String unclaim(Actor actor, @PathVariable long id, @PathVariable String taskId, RedirectAttributes redirect) {
        requireTaskOf(actor, id, taskId);
        actions.unclaim(actor, taskId);
        redirect.addFlashAttribute("notice", "notice.unclaimed");
        return "redirect:/changes/" + id;
    }

    /**
     * Decides an open review task of the change: the page checks the confirmation and half-filled gap rows, the core
     * the rest (a return without gaps or naming an unchanged section, a rejection without a reason). Either way the
     * form comes back as typed, each message beside its field.
     */
    @PostMapping("/changes/{id}/tasks/{taskId}/decide")
    @Allowed(Role.REVIEWER)
    ModelAndView decide(Actor actor, @PathVariable long id, @PathVariable String taskId,
                        @ModelAttribute("decision") DecisionFormData data, BindingResult binding,
                        @RequestParam(defaultValue = "decide") String action, RedirectAttributes redirect) {
        requireTaskOf(actor, id, taskId);
        if ("addGap".equals(action)) {
            data.addRow();
            return page(HttpStatus.OK, actor, id, data, FieldMessages.none());
        }
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        }
        if (!data.isConfirmed()) {
            errors.add("confirmed", text("decision.error.confirm"));
        }
        List<Gap> gaps = data.gapsFor(errors, messages);
        if (!errors.isEmpty()) {
            data.padRows();
            return page(HttpStatus.BAD_REQUEST, actor, id, data, errors);
        }
        try {
            workflow.decide(actor, taskId, data.getDecision(), data.getComment(), gaps);
        } catch (RuleViolationException e) {
            errors.addAll(e.errors(), f -> f);
            data.padRows();
            return page(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, data, errors);
        }
        redirect.addFlashAttribute("notice", "notice.changeDecided." + data.getDecision().name());
        return new ModelAndView("redirect:/changes/" + id);
    }

    // ---- views ---------------------------------------------------------------------------------------------------------

    /** Adding a function row, or a value that could not even be read: the form again, nothing filed. */
    private Optional<ModelAndView> notYet(App app, ChangeFiling change, ChangeFormData data, BindingResult binding,
                                          String action) {
        if ("addRow".equals(action)) {
            data.addRow();
            return Optional.of(form(HttpStatus.OK, app, change, data, FieldMessages.none(), null));
        }
        if (binding.hasErrors()) {
            FieldMessages errors = new FieldMessages();
            errors.addBindingErrors(binding, messages);
            data.padRows();
            return Optional.of(form(HttpStatus.BAD_REQUEST, app, change, data, errors, null));
        }
        return Optional.empty();
    }

    private ModelAndView filed(ChangeFiling change, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", change.state() == ChangeState.RETURNED
                ? "notice.changeReturnedByPreCheck" : "notice.changeFiled");
        return new ModelAndView("redirect:/changes/" + change.id());
    }

    private ModelAndView refused(HttpStatus status, App app, ChangeFiling change, ChangeFormData data,
                                 List<org.fingertip.registry.shared.FieldError> fieldErrors, String summary) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(fieldErrors, FilingFormData::inputOf);
        data.padRows();
        return form(status, app, change, data, errors, summary);
    }

    /** The change form: a new change of the app, or the revision of a returned one (with its gaps and findings). */
    private ModelAndView form(HttpStatus status, App app, ChangeFiling change, ChangeFormData data,
                              FieldMessages errors, String summary) {
        ModelAndView mav = new ModelAndView(FORM);
        mav.setStatus(status);
        mav.addObject("app", app);
        mav.addObject("change", change);
        mav.addObject("form", data);
        mav.addObject("action", change == null ? "/apps/" + app.id() + "/changes/new" : "/changes/" + change.id() + "/revise");
        String ownerCode = data.getOwnerDepartmentCode() != null ? data.getOwnerDepartmentCode() : app.owner().code();
        mav.addObject("owner", departments.unit(ownerCode).orElse(null));
        mav.addObject("ownerEditable", true);
        mav.addObject("errors", errors);
        mav.addObject("errorSummary", summary);
        mav.addObject("earliest", changes.earliestEffectiveDate());
        mav.addObject("noticeDays", changes.settings().noticeDays());
        if (change == null) {
            FormDrafts.addTo(mav, "change-of-app", app.id(), app.version());
        } else {
            FormDrafts.addTo(mav, "change", change.id(), change.version());
        }
        FormNotes.addTo(mav, data, change == null ? List.of() : change.gaps(),
                change == null ? List.<Finding>of() : change.findings(), errors);
        return mav;
    }

    private ModelAndView page(HttpStatus status, Actor actor, long id, DecisionFormData decision,
                              FieldMessages decisionErrors) {
        ModelAndView mav = new ModelAndView(PAGE);
        mav.setStatus(status);
        tx.executeWithoutResult(s -> fill(mav, actor, id));
        mav.addObject("decision", decision);
        mav.addObject("errors", decisionErrors);
        return mav;
    }

    private void fill(ModelAndView mav, Actor actor, long id) {
        ChangeFiling change = changes.visible(actor, id);
        App app = filingService.visible(actor, change.appId());
        mav.addObject("change", change);
        mav.addObject("app", app);
        mav.addObject("diff", change.diff());
        mav.addObject("steps", changes.steps(actor, id));
        mav.addObject("reviews", changes.reviews(actor, id));
        List<TaskRow> tasks = new ArrayList<>();
        TaskRow decidable = null;
        for (TaskView t : tasksOf(change)) {
            TaskRow row = taskRow(actor, change, t);
            tasks.add(row);
            if (decidable == null && row.decider() && !row.claimedByOther()) {
                decidable = row;
            }
        }
        mav.addObject("tasks", tasks);
        mav.addObject("decisionTask", decidable);
        mav.addObject("decisions", Decision.values());
        boolean owner = actor.has(Role.APPLICANT) && actor.worksFor(change.owner().code());
        mav.addObject("canRevise", owner && change.state() == ChangeState.RETURNED);
        mav.addObject("canWithdraw", owner && change.state().isOpen());
    }

    /** The open tasks of this change: those of the app's change process while this change is the open one. */
    private List<TaskView> tasksOf(ChangeFiling change) {
        if (!change.state().isOpen()) {
            return List.of();
        }
        return inbox.ofApp(change.appId()).stream().filter(t -> ChangeWorkflow.handles(t.type())).toList();
    }

    /** Whether the viewer may decide the task: the core's answer, or the reason shown instead of the form. */
    private TaskRow taskRow(Actor actor, ChangeFiling change, TaskView task) {
        ReviewStep step = ChangeWorkflow.reviewStep(task.type()).orElse(null);
        boolean decider = false;
        String readOnlyReason = null;
        if (step != null && actor.has(Role.REVIEWER)) {
            try {
                changes.requireDecider(actor, change.id(), step);
                decider = true;
            } catch (DomainException e) {
                readOnlyReason = e.getMessage();
            }
        }
        boolean mine = actor.username().equals(task.assignee());
        return new TaskRow(task, decider, mine, task.assignee() != null && !mine, readOnlyReason);
    }

    /** A task id in the address must be an open task of the change in the address. */
    private void requireTaskOf(Actor actor, long changeId, String taskId) {
        Boolean ours = tx.execute(s -> tasksOf(changes.visible(actor, changeId)).stream()
                .anyMatch(t -> t.id().equals(taskId)));
        if (!Boolean.TRUE.equals(ours)) {
            throw new NotFoundException(messages.getMessage("case.taskNotFound", new Object[]{taskId},
                    LocaleContextHolder.getLocale()));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** An open task of the change and what the viewer may do with it. */
    public record TaskRow(TaskView task, boolean decider, boolean mine, boolean claimedByOther,
                          String readOnlyReason) {
    }
}
