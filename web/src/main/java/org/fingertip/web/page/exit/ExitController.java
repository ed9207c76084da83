package org.fingertip.web.page.exit;

import java.util.List;
import java.util.function.Supplier;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.exit.DataDisposition;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.exit.ExitWorkflow;
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
 * The exit (清理退出) of one app, addressed by the app as the API is ({@code /api/apps/{id}/exit}): the open exit, or
 * the last one — trigger, a directed exit's deadline (moved, and why; overdue), state, the open task, the plan, the
 * return comment, the migration, the notice, the offline confirmation, the deregistration and the verification — and
 * its steps. Then the one step the viewer may take: the owner unit's applicant plans (which starts an exit of its own
 * when none is open), reports the migration, confirms offline and files the deregistration; a reviewer of the
 * reviewing office decides the plan, the migration and the deregistration; a supervisor of the jurisdiction directs an
 * exit by a deadline (限期关停). {@code ?exit=} shows one given exit of the app.
 *
 * <p>Every step goes through {@link ExitWorkflow}, as the API's do. The page checks only what only a page can (a choice
 * made, the confirmation); the core checks the rest, and a refused form comes back as typed with each message beside
 * its field. A step the state no longer allows is the 409 page with the core's message, one the viewer may not take
 * the 403 page.
 */
@Controller
class ExitController {
    private static final String VIEW = "exit/exit";

    private final ExitWorkflow workflow;
    private final ExitService exits;
    private final FilingService filings;
    private final AppExit appExit;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    ExitController(ExitWorkflow workflow, ExitService exits, FilingService filings, AppExit appExit,
                   TransactionTemplate tx, MessageSource messages) {
        this.workflow = workflow;
        this.exits = exits;
        this.filings = filings;
        this.appExit = appExit;
        this.tx = tx;
        this.messages = messages;
    }

    @InitBinder({"plan", "direct", "decision", "migration", "offline", "deregistration"})
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/apps/{id}/exit")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    ModelAndView show(Actor actor, @PathVariable long id, @RequestParam(name = "exit", required = false) Long exitId) {
        return page(HttpStatus.OK, actor, id, exitId, Forms.empty(), FieldMessages.none(), null);
    }

    /**
     * The owner unit's plan: filed for the open exit (directed, handed over by a re-check, or returned), or starting
     * the owner's own exit with it, as the API does. "More rows" comes back with blank rows added, nothing lost.
     */
    @PostMapping("/apps/{id}/exit")
    @Allowed(Role.APPLICANT)
    ModelAndView plan(Actor actor, @PathVariable long id, @ModelAttribute("plan") ExitForms.Plan data,
                      BindingResult binding, @RequestParam(defaultValue = "file") String action,
                      RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        if ("addRows".equals(action)) {
            data.addRows();
            return page(HttpStatus.OK, actor, id, null, forms, FieldMessages.none(), null);
        }
        return attempt(actor, id, forms, unreadable(binding), data::padRows, redirect, () -> {
            ExitPlan plan = data.toPlan();
            Long open = openExitId(actor, id);
            if (open != null) {
                workflow.filePlan(actor, open, plan);
            } else {
                workflow.startByOwner(actor, id, plan);
            }
            return "exit.page.notice.planFiled";
        });
    }

    /** A supervisor of the jurisdiction directs the app's exit by a deadline; one inside the notice period moves. */
    @PostMapping("/apps/{id}/exit/direct")
    @Allowed(Role.SUPERVISOR)
    ModelAndView direct(Actor actor, @PathVariable long id, @ModelAttribute("direct") ExitForms.Direct data,
                        BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        return attempt(actor, id, forms, unreadable(binding), NOTHING, redirect, () -> {
            workflow.direct(actor, id, data.getDeadline(), data.getReason());
            return "exit.page.notice.directed";
        });
    }

    /** A reviewer approves the plan (the notice is published, or the users migrate first) or returns it. */
    @PostMapping("/apps/{id}/exit/plan-decision")
    @Allowed(Role.REVIEWER)
    ModelAndView decidePlan(Actor actor, @PathVariable long id, @ModelAttribute("decision") ExitForms.Decision data,
                            BindingResult binding, RedirectAttributes redirect) {
        return decide(actor, id, data, binding, redirect, (exitId, yes) -> {
            Exit e = workflow.decidePlan(actor, exitId, yes, data.getComment());
            return !yes ? "exit.page.notice.planReturned" : e.state() == ExitState.MIGRATING
                    ? "exit.page.notice.planApprovedMigrate" : "exit.page.notice.planApproved";
        });
    }

    /** The owner reports the users' migration onto the unified platform. */
    @PostMapping("/apps/{id}/exit/migration")
    @Allowed(Role.APPLICANT)
    ModelAndView migration(Actor actor, @PathVariable long id, @ModelAttribute("migration") ExitForms.Migration data,
                           BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        return attempt(actor, id, forms, unreadable(binding), NOTHING, redirect, () -> {
            long exitId = requireOpenExitId(actor, id);
            workflow.reportMigration(actor, exitId, data.getMigratedUsers(), data.getNote());
            return "exit.page.notice.migrationReported";
        });
    }

    /** A reviewer accepts the migration (the notice is published) or returns it. */
    @PostMapping("/apps/{id}/exit/migration-decision")
    @Allowed(Role.REVIEWER)
    ModelAndView decideMigration(Actor actor, @PathVariable long id,
                                 @ModelAttribute("decision") ExitForms.Decision data, BindingResult binding,
                                 RedirectAttributes redirect) {
        return decide(actor, id, data, binding, redirect, (exitId, yes) -> {
            workflow.decideMigration(actor, exitId, yes, data.getComment());
            return yes ? "exit.page.notice.migrationAccepted" : "exit.page.notice.migrationReturned";
        });
    }

    /** The owner confirms delisting from every store of the app's form and stopping the service, with evidence. */
    @PostMapping("/apps/{id}/exit/offline")
    @Allowed(Role.APPLICANT)
    ModelAndView offline(Actor actor, @PathVariable long id, @ModelAttribute("offline") ExitForms.Offline data,
                         BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        return attempt(actor, id, forms, unreadable(binding), NOTHING, redirect, () -> {
            long exitId = requireOpenExitId(actor, id);
            workflow.confirmOffline(actor, exitId, data.getStoresDelisted(), data.getServiceStopped(),
                    data.getEvidence());
            return "exit.page.notice.offlineConfirmed";
        });
    }

    /** The owner files the deregistration (注销). */
    @PostMapping("/apps/{id}/exit/deregistration")
    @Allowed(Role.APPLICANT)
    ModelAndView deregistration(Actor actor, @PathVariable long id,
                                @ModelAttribute("deregistration") ExitForms.Deregistration data,
                                BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        return attempt(actor, id, forms, unreadable(binding), NOTHING, redirect, () -> {
            long exitId = requireOpenExitId(actor, id);
            workflow.fileDeregistration(actor, exitId, data.getStatement());
            return "exit.page.notice.deregistrationFiled";
        });
    }

    /** A reviewer verifies the deregistration (EXITED, the filing number cancelled) or sends it back. */
    @PostMapping("/apps/{id}/exit/verify")
    @Allowed(Role.REVIEWER)
    ModelAndView verify(Actor actor, @PathVariable long id, @ModelAttribute("decision") ExitForms.Decision data,
                        BindingResult binding, RedirectAttributes redirect) {
        return decide(actor, id, data, binding, redirect, (exitId, yes) -> {
            workflow.verify(actor, exitId, yes, data.getComment());
            return yes ? "exit.page.notice.verified" : "exit.page.notice.sentBack";
        });
    }

    /** One of a reviewer's three decisions: a choice and the confirmation (the page's), the comment (the core's). */
    private ModelAndView decide(Actor actor, long appId, ExitForms.Decision data, BindingResult binding,
                                RedirectAttributes redirect, DecisionStep step) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = unreadable(binding);
        if (data.getApproved() == null && !binding.hasFieldErrors("approved")) {
            errors.add("approved", text("exit.page.error.decision"));
        }
        if (!data.isConfirmed()) {
            errors.add("confirmed", text("exit.page.error.confirm"));
        }
        return attempt(actor, appId, forms, errors, NOTHING, redirect,
                () -> step.take(requireOpenExitId(actor, appId), data.getApproved()));
    }

    private static final Runnable NOTHING = () -> { };

    /**
     * One step of the page: with values that could not be read, or when the core refuses the step (400, 422), the
     * page again with the messages beside the fields and the form as sent ({@code beforeShowingAgain} readies it);
     * else back to the page with the step's notice. 403, 404 and 409 are the error pages.
     */
    private ModelAndView attempt(Actor actor, long appId, Forms forms, FieldMessages unreadable,
                                 Runnable beforeShowingAgain, RedirectAttributes redirect, Supplier<String> step) {
        if (!unreadable.isEmpty()) {
            beforeShowingAgain.run();
            return page(HttpStatus.BAD_REQUEST, actor, appId, null, forms, unreadable, null);
        }
        String notice;
        try {
            notice = step.get();
        } catch (InvalidInputException e) {
            beforeShowingAgain.run();
            return refused(HttpStatus.BAD_REQUEST, actor, appId, forms, e.getMessage(), e.errors());
        } catch (RuleViolationException e) {
            beforeShowingAgain.run();
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, appId, forms, e.getMessage(), e.errors());
        }
        return back(appId, redirect, notice);
    }

    /** A reviewer's step through the workflow: the notice key to show afterwards. */
    @FunctionalInterface
    private interface DecisionStep {
        String take(long exitId, boolean yes);
    }

    /** Back to the page, which shows the open exit or, once concluded, the last one. */
    private static ModelAndView back(long appId, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return new ModelAndView("redirect:/apps/" + appId + "/exit");
    }

    /** The open exit's id, or null when the app has none (the plan then starts one). */
    private Long openExitId(Actor actor, long appId) {
        return tx.execute(s -> exits.isOpen(appId) ? exits.open(actor, appId).id() : null);
    }

    /** The open exit a form acts on: 404 when there is none or the viewer may not see it. */
    private long requireOpenExitId(Actor actor, long appId) {
        Long id = tx.execute(s -> exits.open(actor, appId).id());
        return id;
    }

    /** Values that could not even be converted (a date that is not a date, a tampered choice, letters for a number). */
    private FieldMessages unreadable(BindingResult binding) {
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        }
        return errors;
    }

    private ModelAndView refused(HttpStatus status, Actor actor, long appId, Forms forms, String summary,
                                 List<FieldError> fieldErrors) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(fieldErrors, f -> f);
        return page(status, actor, appId, null, forms, errors, summary);
    }

    private ModelAndView page(HttpStatus status, Actor actor, long appId, Long exitId, Forms forms,
                              FieldMessages errors, String summary) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        tx.executeWithoutResult(s -> fill(mav, actor, appId, exitId));
        Exit e = (Exit) mav.getModel().get("exit");
        ExitForms.Plan plan = forms.plan();
        if (plan == null) {
            // the plan as filed before (after a return), else the reason the exit suggests
            plan = e != null && e.state() == ExitState.PLANNING && e.plan() != null ? ExitForms.Plan.of(e.plan())
                    : ExitForms.Plan.suggesting(e != null && !e.state().isFinal() ? e.suggestedReason() : null);
        }
        mav.addObject("plan", plan);
        mav.addObject("direct", forms.direct());
        mav.addObject("decision", forms.decision());
        mav.addObject("migration", forms.migration());
        mav.addObject("offline", forms.offline());
        mav.addObject("deregistration", forms.deregistration());
        mav.addObject("errors", errors);
        mav.addObject("errorSummary", summary);
        return mav;
    }

    private void fill(ModelAndView mav, Actor actor, long appId, Long exitId) {
        App app = filings.visible(actor, appId);
        boolean open = exits.isOpen(appId);
        Exit e;
        if (exitId != null) {
            e = exits.visible(actor, exitId);
            if (e.appId() != appId) {
                throw new NotFoundException(text("exit.page.error.notOfApp", String.valueOf(exitId),
                        String.valueOf(appId)));
            }
        } else {
            e = appExit.current(actor, appId).orElse(null);
        }
        mav.addObject("app", app);
        mav.addObject("exit", e);
        mav.addObject("today", exits.today());
        mav.addObject("noticeDays", exits.settings().noticeDays());
        mav.addObject("deregistrationDays", exits.settings().deregistrationWorkingDays());
        mav.addObject("earliestOffline", exits.earliestOffline());
        mav.addObject("textMax", Exit.TEXT_MAX);
        mav.addObject("reasons", ExitReason.values());
        mav.addObject("dispositions", DataDisposition.values());
        mav.addObject("stores", storesOf(app));
        mav.addObject("steps", e == null ? List.of() : exits.steps(actor, e.id()));

        boolean running = e != null && !e.state().isFinal();
        TaskView task = running ? appExit.openTask(e) : null;
        mav.addObject("task", task);

        boolean owner = AppExit.isOwner(actor, app.owner().code());
        ExitState state = running ? e.state() : null;
        boolean canPlan = owner && (state == ExitState.PLANNING || AppExit.mayStart(actor, app, open));
        mav.addObject("canPlan", canPlan);
        mav.addObject("canMigrate", owner && state == ExitState.MIGRATING);
        mav.addObject("canOffline", owner && state == ExitState.OFFLINE);
        mav.addObject("canDeregister", owner && state == ExitState.DEREGISTRATION);
        mav.addObject("canDirect", !canPlan && AppExit.mayDirect(actor, app, open));

        boolean reviewerStep = actor.has(Role.REVIEWER) && (state == ExitState.PLAN_REVIEW
                || state == ExitState.MIGRATION_REVIEW || state == ExitState.VERIFICATION);
        AppExit.Refusal refusal = reviewerStep ? AppExit.reviewerRefusal(actor, e) : null;
        boolean mayDecide = reviewerStep && refusal == null;
        mav.addObject("canDecidePlan", mayDecide && state == ExitState.PLAN_REVIEW);
        mav.addObject("canDecideMigration", mayDecide && state == ExitState.MIGRATION_REVIEW);
        mav.addObject("canVerify", mayDecide && state == ExitState.VERIFICATION);
        mav.addObject("reviewerReadOnly", refusal == null ? null : refusal == AppExit.Refusal.OWN_UNIT
                ? text("exit.page.readOnly.ownUnit") : text("exit.page.readOnly.office", ExitService.officeOf(e)));
    }

    /** The stores and platforms of the app's form: each must be confirmed delisted. */
    private static List<String> storesOf(App app) {
        List<String> stores = app.form().stores();
        return stores == null ? List.of() : stores.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The forms of the page: the one posted as typed, the others empty (the plan filled from the exit when null). */
    private record Forms(ExitForms.Plan plan, ExitForms.Direct direct, ExitForms.Decision decision,
                         ExitForms.Migration migration, ExitForms.Offline offline,
                         ExitForms.Deregistration deregistration) {
        static Forms empty() {
            return new Forms(null, new ExitForms.Direct(), new ExitForms.Decision(), new ExitForms.Migration(),
                    new ExitForms.Offline(), new ExitForms.Deregistration());
        }

        Forms with(ExitForms.Plan f) {
            return new Forms(f, direct, decision, migration, offline, deregistration);
        }

        Forms with(ExitForms.Direct f) {
            return new Forms(plan, f, decision, migration, offline, deregistration);
        }

        Forms with(ExitForms.Decision f) {
            return new Forms(plan, direct, f, migration, offline, deregistration);
        }

        Forms with(ExitForms.Migration f) {
            return new Forms(plan, direct, decision, f, offline, deregistration);
        }

        Forms with(ExitForms.Offline f) {
            return new Forms(plan, direct, decision, migration, f, deregistration);
        }

        Forms with(ExitForms.Deregistration f) {
            return new Forms(plan, direct, decision, migration, offline, f);
        }
    }
}
