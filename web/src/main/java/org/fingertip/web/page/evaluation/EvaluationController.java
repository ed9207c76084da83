package org.fingertip.web.page.evaluation;

import java.util.List;

import org.fingertip.registry.access.AccessPolicy;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.evaluation.BurdenCategory;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.evaluation.EvaluationSettings;
import org.fingertip.registry.evaluation.OwnReport;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.web.page.Display;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.evaluation.EvaluationWorkflow;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * The rating form of an app, made for a phone: 1–5, the burdens the user bears (the five bans and the 2024 opinions),
 * a comment, and anonymity towards the owner unit. The form is offered to whom the core would let rate
 * ({@link RatingRule}); the core decides. Burden reports that pass the threshold open a ledger item at once; the receipt
 * after rating says so, and what happens next.
 */
@Controller
class EvaluationController {
    private static final String VIEW = "evaluation/rate";
    private static final List<Integer> RATINGS = List.of(5, 4, 3, 2, 1);

    private final EvaluationWorkflow workflow;
    private final Apps apps;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Display display;
    private final EvaluationService evaluations;
    private final EvaluationSettings settings;

    EvaluationController(EvaluationWorkflow workflow, Apps apps, TransactionTemplate tx, MessageSource messages,
                         Display display, EvaluationService evaluations, EvaluationSettings settings) {
        this.workflow = workflow;
        this.apps = apps;
        this.tx = tx;
        this.messages = messages;
        this.display = display;
        this.evaluations = evaluations;
        this.settings = settings;
    }

    @InitBinder("evaluation")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/apps/{id}/evaluate")
    @Allowed({Role.OBSERVER, Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView form(Actor actor, @PathVariable long id) {
        return view(HttpStatus.OK, actor, id, new EvaluationFormData(), FieldMessages.none());
    }

    @PostMapping("/apps/{id}/evaluate")
    @Allowed({Role.OBSERVER, Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView rate(Actor actor, @PathVariable long id, @ModelAttribute("evaluation") EvaluationFormData data,
                      BindingResult binding) {
        if (binding.hasErrors()) {
            return view(HttpStatus.BAD_REQUEST, actor, id, data, unreadable(binding));
        }
        EvaluationService.Rated rated;
        try {
            rated = workflow.rate(actor, id, data.getRating(), data.getBurdens(), data.getComment(),
                    data.isAnonymous());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, data, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, data, e.errors());
        }
        return new ModelAndView("redirect:/apps/" + id + "/evaluations/" + rated.evaluation().id());
    }

    /**
     * The receipt of a rating, for its reporter only (anyone else: 404): received when, and what happens next — the
     * ledger item its burden report opened and where that stands, or that it counts in the app's evaluations. The
     * page the rating form leads to, and the link of each report on the home page; safe to reload.
     */
    @GetMapping("/apps/{id}/evaluations/{evaluationId}")
    @Allowed({Role.OBSERVER, Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView received(Actor actor, @PathVariable long id, @PathVariable long evaluationId) {
        OwnReport report = tx.execute(s -> evaluations.reportOf(actor, evaluationId));
        if (report.appId() != id) {
            throw new NotFoundException(text("evaluation.error.notFound", String.valueOf(id)));
        }
        Boolean seesCase = tx.execute(s -> apps.byId(id).map(a -> AccessPolicy.canSee(actor, a)).orElse(false));
        ModelAndView mav = new ModelAndView("evaluation/received");
        mav.addObject("report", report);
        mav.addObject("caseVisible", Boolean.TRUE.equals(seesCase));
        mav.addObject("threshold", settings.threshold());
        mav.addObject("windowDays", settings.windowDays());
        mav.addObject("homePath", actor.has(Role.APPLICANT) || actor.has(Role.OBSERVER) ? "/home" : "/");
        return mav;
    }

    /** Values that could not be converted: a rating that is not a number, a burden not on the list. */
    private FieldMessages unreadable(BindingResult binding) {
        FieldMessages errors = new FieldMessages();
        for (org.springframework.validation.FieldError e : binding.getFieldErrors()) {
            if (e.getField().startsWith("burdens")) {
                if (!errors.has("burdens")) {
                    errors.add("burdens", text("evaluation.error.burden"));
                }
            } else {
                errors.add(e.getField(), text("form.error.unreadable", String.valueOf(e.getRejectedValue())));
            }
        }
        return errors;
    }

    private ModelAndView refused(HttpStatus status, Actor actor, long id, EvaluationFormData data,
                                 List<FieldError> fieldErrors) {
        FieldMessages errors = new FieldMessages();
        // a burden's message stands beside the burdens, whichever box it concerns
        errors.addAll(fieldErrors, f -> f.startsWith("burdens[") ? "burdens" : f);
        return view(status, actor, id, data, errors);
    }

    private ModelAndView view(HttpStatus status, Actor actor, long id, EvaluationFormData data,
                              FieldMessages errors) {
        App app = tx.execute(s -> rateable(actor, id));
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        mav.addObject("app", app);
        mav.addObject("evaluation", data);
        mav.addObject("ratings", RATINGS);
        mav.addObject("burdenCategories", BurdenCategory.values());
        mav.addObject("errors", errors);
        mav.addObject("caseVisible", AccessPolicy.canSee(actor, app));
        return mav;
    }

    /** The app, if this user may rate it now: 404 when it may not even see it, 403 or 409 with the reason. */
    private App rateable(Actor actor, long id) {
        App app = apps.byId(id).filter(a -> RatingRule.maySee(actor, a))
                .orElseThrow(() -> new NotFoundException(text("evaluation.error.notFound", String.valueOf(id))));
        if (!RatingRule.mayRate(actor, app)) {
            throw new ForbiddenException(text("evaluation.error.mayNotRate"));
        }
        if (!EvaluationService.inUse(app)) {
            throw new StateConflictException(text("evaluation.error.notInUse", display.label(app.status())),
                    app.status().name());
        }
        return app;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
