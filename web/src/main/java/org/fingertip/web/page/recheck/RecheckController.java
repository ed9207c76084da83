package org.fingertip.web.page.recheck;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckState;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.page.Display;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.recheck.RecheckWorkflow;
import org.fingertip.workflow.task.Inbox;
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
 * The re-check (回头看) of one app, addressed by the app as the API is ({@code /api/apps/{id}/recheck}): the running
 * re-check — trigger, state, the open task and its due date, the owner's proposal and statement, the computed verdict
 * with its reasons as sentences, today's facts, the confirmed verdict, the appeal window, the outcome — and its steps.
 * Then the step the viewer may take: the owner unit's applicant answers the self-inspection or appeals a zombie
 * verdict; a reviewer of the confirming office confirms the verdict (another one with a reason) or decides the appeal;
 * a supervisor of the jurisdiction starts a re-check of a filed or registered app. {@code ?recheck=} shows one
 * re-check of the app, concluded or not (where the page goes once a step concludes it).
 *
 * <p>Every step goes through {@link RecheckWorkflow}, as the API's do. The page checks only what only a page can (a
 * choice made); the core checks the rest, and a refused form comes back as typed with each message beside its field.
 * A step the state no longer allows is the 409 page with the core's message, one the viewer may not take the 403 page.
 */
@Controller
class RecheckController {
    private static final String VIEW = "recheck/recheck";

    private final RecheckWorkflow workflow;
    private final RecheckService rechecks;
    private final FilingService filings;
    private final Inbox inbox;
    private final AppRecheck appRecheck;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Display display;

    RecheckController(RecheckWorkflow workflow, RecheckService rechecks, FilingService filings, Inbox inbox,
                      AppRecheck appRecheck, TransactionTemplate tx, MessageSource messages, Display display) {
        this.workflow = workflow;
        this.rechecks = rechecks;
        this.filings = filings;
        this.inbox = inbox;
        this.appRecheck = appRecheck;
        this.tx = tx;
        this.messages = messages;
        this.display = display;
    }

    @InitBinder({"selfInspection", "confirm", "appeal", "appealDecision"})
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/apps/{id}/recheck")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    ModelAndView show(Actor actor, @PathVariable long id,
                      @RequestParam(name = "recheck", required = false) Long recheckId) {
        return page(HttpStatus.OK, actor, id, recheckId, Forms.empty(), FieldMessages.none());
    }

    /** A supervisor of the jurisdiction starts a re-check of a filed or registered app (the core checks all three). */
    @PostMapping("/apps/{id}/recheck")
    @Allowed(Role.SUPERVISOR)
    String start(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        workflow.start(actor, id, RecheckTrigger.SUPERVISOR);
        redirect.addFlashAttribute("notice", "recheck.page.notice.started");
        return "redirect:/apps/" + id + "/recheck";
    }

    /** The owner unit's self-inspection: a proposed verdict (chosen here) and a statement (the core's rule). */
    @PostMapping("/apps/{id}/recheck/self-inspection")
    @Allowed(Role.APPLICANT)
    ModelAndView selfInspection(Actor actor, @PathVariable long id,
                                @ModelAttribute("selfInspection") RecheckForms.SelfInspection data,
                                BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = unreadable(binding);
        if (data.getProposal() == null && !binding.hasFieldErrors("proposal")) {
            errors.add("proposal", text("recheck.page.error.proposal"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, actor, id, null, forms, errors);
        }
        long recheckId = runningId(actor, id);
        try {
            workflow.answerSelfInspection(actor, recheckId, data.getProposal(), data.getStatement());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        redirect.addFlashAttribute("notice", "recheck.page.notice.answered");
        return new ModelAndView("redirect:/apps/" + id + "/recheck");
    }

    /** A reviewer confirms the computed verdict, or another one with a reason (the core's rule). */
    @PostMapping("/apps/{id}/recheck/confirm")
    @Allowed(Role.REVIEWER)
    ModelAndView confirm(Actor actor, @PathVariable long id, @ModelAttribute("confirm") RecheckForms.Confirm data,
                         BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = unreadable(binding);
        if (data.getVerdict() == null && !binding.hasFieldErrors("verdict")) {
            errors.add("verdict", text("recheck.page.error.verdict"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, actor, id, null, forms, errors);
        }
        long recheckId = runningId(actor, id);
        Recheck r;
        try {
            r = workflow.confirm(actor, recheckId, data.getVerdict(), data.getOverrideReason()).recheck();
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        return after(r, id, redirect, r.state() == RecheckState.ZOMBIE_WINDOW
                ? "recheck.page.notice.windowOpened" : "recheck.page.notice.concluded." + r.outcome());
    }

    /** The owner unit appeals a zombie verdict within the window. */
    @PostMapping("/apps/{id}/recheck/appeal")
    @Allowed(Role.APPLICANT)
    ModelAndView appeal(Actor actor, @PathVariable long id, @ModelAttribute("appeal") RecheckForms.Appeal data,
                        BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = unreadable(binding);
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, actor, id, null, forms, errors);
        }
        long recheckId = runningId(actor, id);
        try {
            workflow.appeal(actor, recheckId, data.getText());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        redirect.addFlashAttribute("notice", "recheck.page.notice.appealed");
        return new ModelAndView("redirect:/apps/" + id + "/recheck");
    }

    /** A reviewer decides the appeal: upheld keeps the app, dismissed hands it over to exit; a reason either way. */
    @PostMapping("/apps/{id}/recheck/decide-appeal")
    @Allowed(Role.REVIEWER)
    ModelAndView decideAppeal(Actor actor, @PathVariable long id,
                              @ModelAttribute("appealDecision") RecheckForms.AppealDecision data,
                              BindingResult binding, RedirectAttributes redirect) {
        Forms forms = Forms.empty().with(data);
        FieldMessages errors = unreadable(binding);
        if (data.getUpheld() == null && !binding.hasFieldErrors("upheld")) {
            errors.add("upheld", text("recheck.page.error.upheld"));
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, actor, id, null, forms, errors);
        }
        long recheckId = runningId(actor, id);
        Recheck r;
        try {
            r = workflow.decideAppeal(actor, recheckId, data.getUpheld(), data.getReason());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, forms, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, forms, e.errors());
        }
        return after(r, id, redirect, data.getUpheld() ? "recheck.page.notice.appealUpheld"
                : "recheck.page.notice.appealDismissed");
    }

    /** Back to the page: to the running re-check, or, once this step concluded it, to this re-check by its id. */
    private static ModelAndView after(Recheck r, long appId, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        String path = "/apps/" + appId + "/recheck" + (r.state().isFinal() ? "?recheck=" + r.id() : "");
        return new ModelAndView("redirect:" + path);
    }

    /** The running re-check the form acts on: 404 when there is none or the viewer may not see it. */
    private long runningId(Actor actor, long appId) {
        Long id = tx.execute(s -> rechecks.running(actor, appId).id());
        return id;
    }

    /** Values that could not even be converted (a verdict not on the list, a tampered choice). */
    private FieldMessages unreadable(BindingResult binding) {
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        }
        return errors;
    }

    private ModelAndView refused(HttpStatus status, Actor actor, long appId, Forms forms,
                                 List<FieldError> fieldErrors) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(fieldErrors, f -> f);
        return page(status, actor, appId, null, forms, errors);
    }

    private ModelAndView page(HttpStatus status, Actor actor, long appId, Long recheckId, Forms forms,
                              FieldMessages errors) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        tx.executeWithoutResult(s -> fill(mav, actor, appId, recheckId));
        Recheck r = (Recheck) mav.getModel().get("recheck");
        if (errors.isEmpty() && forms.confirm().getVerdict() == null && r != null && r.computed() != null) {
            // the computed verdict is what a reviewer confirms unless it chooses otherwise; a refused form stays as sent
            forms.confirm().setVerdict(r.computed().verdict());
        }
        mav.addObject("selfInspection", forms.selfInspection());
        mav.addObject("confirm", forms.confirm());
        mav.addObject("appeal", forms.appeal());
        mav.addObject("appealDecision", forms.appealDecision());
        mav.addObject("errors", errors);
        return mav;
    }

    private void fill(ModelAndView mav, Actor actor, long appId, Long recheckId) {
        App app = filings.visible(actor, appId);
        boolean running = rechecks.isRunning(appId);
        Recheck r;
        if (recheckId != null) {
            r = rechecks.visible(actor, recheckId);
            if (r.appId() != appId) {
                throw new NotFoundException(text("recheck.page.error.notOfApp", String.valueOf(recheckId),
                        String.valueOf(appId)));
            }
        } else {
            r = running ? rechecks.running(actor, appId) : null;
        }
        mav.addObject("app", app);
        mav.addObject("recheck", r);
        mav.addObject("canStart", AppRecheck.mayStart(actor, app, running));
        mav.addObject("workingDays", rechecks.settings().selfInspectionWorkingDays());
        mav.addObject("settings", rechecks.settings());
        mav.addObject("textMax", Recheck.TEXT_MAX);
        mav.addObject("verdicts", Verdict.values());

        boolean open = r != null && !r.state().isFinal();
        mav.addObject("steps", r == null ? List.of() : rechecks.steps(actor, r.id()));
        mav.addObject("reasons", r == null || r.computed() == null ? List.of() : reasons(r.computed().reasons()));
        mav.addObject("facts", open ? rechecks.facts(r) : null);
        TaskView task = open ? inbox.ofApp(appId).stream().filter(t -> appRecheck.handles(t.type())).findFirst()
                .orElse(null) : null;
        mav.addObject("task", task);

        boolean owner = r != null && actor.has(Role.APPLICANT) && actor.worksFor(r.owner().code());
        mav.addObject("canAnswer", owner && r.state() == RecheckState.SELF_INSPECTION && r.answeredAt() == null
                && !r.selfInspectionLate());
        mav.addObject("canAppeal", owner && r.state() == RecheckState.ZOMBIE_WINDOW);

        boolean reviewerStep = r != null && actor.has(Role.REVIEWER)
                && (r.state() == RecheckState.AWAITING_CONFIRMATION || r.state() == RecheckState.APPEAL_PENDING);
        String readOnly = reviewerStep ? reviewerRefusal(actor, r) : null;
        boolean mayDecide = reviewerStep && readOnly == null;
        mav.addObject("canConfirm", mayDecide && r.state() == RecheckState.AWAITING_CONFIRMATION);
        mav.addObject("canDecideAppeal", mayDecide && r.state() == RecheckState.APPEAL_PENDING);
        mav.addObject("reviewerReadOnly", readOnly);
    }

    /**
     * Why this reviewer only looks: the task is in another office's queue (the city's office confirms, or the
     * province's for a provincial unit), or the reviewer works for the owner unit. The core refuses both on posting;
     * here the page shows the reason instead of a form that would be refused.
     */
    private String reviewerRefusal(Actor actor, Recheck r) {
        if (RecheckService.whyNotDecider(actor, r).isEmpty()) {
            return null;
        }
        return actor.worksFor(r.owner().code()) ? text("recheck.page.readOnly.ownUnit")
                : text("recheck.page.readOnly.office", RecheckService.officeOf(r));
    }

    /** Each reason with its label and sentence in the request's language (the domain's Chinese by default). */
    private List<ReasonRow> reasons(List<RecheckReason> reasons) {
        return reasons.stream().map(reason -> new ReasonRow(reason, display.label(reason),
                messages.getMessage("enum.RecheckReason." + reason.name() + ".sentence", null, reason.sentence(),
                        LocaleContextHolder.getLocale()))).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** One reason of the computed verdict as the page shows it. */
    public record ReasonRow(RecheckReason reason, String label, String sentence) {
    }

    /** The four forms of the page: the one posted as typed, the others empty. */
    private record Forms(RecheckForms.SelfInspection selfInspection, RecheckForms.Confirm confirm,
                         RecheckForms.Appeal appeal, RecheckForms.AppealDecision appealDecision) {
        static Forms empty() {
            return new Forms(new RecheckForms.SelfInspection(), new RecheckForms.Confirm(), new RecheckForms.Appeal(),
                    new RecheckForms.AppealDecision());
        }

        Forms with(RecheckForms.SelfInspection f) {
            return new Forms(f, confirm, appeal, appealDecision);
        }

        Forms with(RecheckForms.Confirm f) {
            return new Forms(selfInspection, f, appeal, appealDecision);
        }

        Forms with(RecheckForms.Appeal f) {
            return new Forms(selfInspection, confirm, f, appealDecision);
        }

        Forms with(RecheckForms.AppealDecision f) {
            return new Forms(selfInspection, confirm, appeal, f);
        }
    }
}
