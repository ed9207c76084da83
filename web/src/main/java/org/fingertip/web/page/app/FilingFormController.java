package org.fingertip.web.page.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.page.FormDrafts;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.filing.FilingWorkflow;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
 * The filing form, section by section: a new application, or the form of a draft or returned one. "Save draft"
 * keeps it a draft; "submit" saves and then submits. Every error is shown beside its field and summed up at the top,
 * on the form as typed (never a redirect that would lose it); after a return, the gaps stand at the top of their
 * sections and the pre-check's findings beside their fields.
 *
 * <p>Saving and submitting are separate transactions on purpose: a submission refused for missing fields still
 * keeps the draft just saved.
 */
@Controller
class FilingFormController {
    static final Set<AppStatus> EDITABLE = EnumSet.of(AppStatus.DRAFT, AppStatus.RETURNED, AppStatus.LIVE_UNFILED);
    private static final String VIEW = "app/form";

    private final FilingService filingService;
    private final FilingWorkflow workflow;
    private final Departments departments;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    FilingFormController(FilingService filingService, FilingWorkflow workflow, Departments departments,
                         TransactionTemplate tx, MessageSource messages) {
        this.filingService = filingService;
        this.workflow = workflow;
        this.departments = departments;
        this.tx = tx;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/apps/new")
    @Allowed(Role.APPLICANT)
    ModelAndView newForm(Actor actor) {
        return view(HttpStatus.OK, null, FilingFormData.empty(actor.unit() == null ? null : actor.unit().code()),
                FieldMessages.none(), null);
    }

    @PostMapping("/apps/new")
    @Allowed(Role.APPLICANT)
    ModelAndView create(Actor actor, @ModelAttribute("form") FilingFormData data, BindingResult binding,
                        @RequestParam(defaultValue = "save") String action, RedirectAttributes redirect) {
        if ("addRow".equals(action)) {
            data.addRow();
            return view(HttpStatus.OK, null, data, FieldMessages.none(), null);
        }
        if (binding.hasErrors()) {
            return unreadable(null, data, binding);
        }
        FilingForm form = data.toForm();
        App app;
        try {
            app = tx.execute(s -> filingService.createDraft(actor, form, null));
        } catch (InvalidInputException e) {
            return invalid(null, data, e);
        }
        return afterSave(actor, app, data, action, redirect, FormDrafts.key("filing", actor.username(), null));
    }

    @GetMapping("/apps/{id}/edit")
    @Allowed(Role.APPLICANT)
    @Transactional(readOnly = true)
    ModelAndView edit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        App app = filingService.visible(actor, id);
        if (!EDITABLE.contains(app.status()) || !actor.worksFor(app.owner().code())) {
            redirect.addFlashAttribute("notice", "notice.notEditable");
            return new ModelAndView("redirect:/apps/" + id);
        }
        FilingFormData data = FilingFormData.of(app.form());
        data.padRows();
        return view(HttpStatus.OK, app, data, FieldMessages.none(), null);
    }

    @PostMapping("/apps/{id}/edit")
    @Allowed(Role.APPLICANT)
    ModelAndView update(Actor actor, @PathVariable long id, @ModelAttribute("form") FilingFormData data,
                        BindingResult binding, @RequestParam(defaultValue = "save") String action,
                        RedirectAttributes redirect) {
        App current = tx.execute(s -> filingService.visible(actor, id));
        if ("addRow".equals(action)) {
            data.addRow();
            return view(HttpStatus.OK, current, data, FieldMessages.none(), null);
        }
        if (binding.hasErrors()) {
            return unreadable(current, data, binding);
        }
        FilingForm form = data.toForm();
        App app;
        try {
            app = tx.execute(s -> filingService.replaceForm(actor, id, form));
        } catch (InvalidInputException e) {
            return invalid(current, data, e);
        }
        return afterSave(actor, app, data, action, redirect, FormDrafts.key("filing", actor.username(), id));
    }

    /** "Submit" on the case page: a form that turns out incomplete is shown for editing, with what is missing. */
    @PostMapping("/apps/{id}/submit")
    @Allowed(Role.APPLICANT)
    ModelAndView submit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            return submitted(workflow.submit(actor, id), redirect);
        } catch (RuleViolationException e) {
            App app = tx.execute(s -> filingService.visible(actor, id));
            FieldMessages errors = new FieldMessages();
            errors.addAll(e.errors(), FilingFormData::inputOf);
            FilingFormData data = FilingFormData.of(app.form());
            data.padRows();
            return view(HttpStatus.UNPROCESSABLE_ENTITY, app, data, errors, e.getMessage());
        }
    }

    /** Saved: the browser's copy of the form ({@code draftKey}) is no longer needed, whether or not it submits. */
    private ModelAndView afterSave(Actor actor, App app, FilingFormData data, String action,
                                   RedirectAttributes redirect, String draftKey) {
        redirect.addFlashAttribute(FormDrafts.SAVED, draftKey);
        if (!"submit".equals(action)) {
            redirect.addFlashAttribute("notice", "notice.saved");
            return new ModelAndView("redirect:/apps/" + app.id() + "/edit");
        }
        try {
            return submitted(workflow.submit(actor, app.id()), redirect);
        } catch (RuleViolationException e) {
            FieldMessages errors = new FieldMessages();
            errors.addAll(e.errors(), FilingFormData::inputOf);
            data.padRows();
            String summary = messages.getMessage("form.savedNotSubmitted", new Object[]{e.getMessage()},
                    LocaleContextHolder.getLocale());
            return view(HttpStatus.UNPROCESSABLE_ENTITY, app, data, errors, summary);
        }
    }

    private static ModelAndView submitted(App app, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice",
                app.status() == AppStatus.RETURNED ? "notice.returnedByPreCheck" : "notice.submitted");
        return new ModelAndView("redirect:/apps/" + app.id());
    }

    private ModelAndView invalid(App app, FilingFormData data, InvalidInputException e) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(e.errors(), FilingFormData::inputOf);
        data.padRows();
        return view(HttpStatus.BAD_REQUEST, app, data, errors, e.getMessage());
    }

    private ModelAndView unreadable(App app, FilingFormData data, BindingResult binding) {
        FieldMessages errors = new FieldMessages();
        errors.addBindingErrors(binding, messages);
        data.padRows();
        return view(HttpStatus.BAD_REQUEST, app, data, errors, null);
    }

    /**
     * The form page. Errors and findings whose field has an input stand beside it; the rest, and the gaps of a
     * return, stand at the top of their section.
     */
    private ModelAndView view(HttpStatus status, App app, FilingFormData data, FieldMessages errors, String summary) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        mav.addObject("form", data);
        mav.addObject("app", app);
        mav.addObject("action", app == null ? "/apps/new" : "/apps/" + app.id() + "/edit");
        String ownerCode = data.getOwnerDepartmentCode() != null ? data.getOwnerDepartmentCode()
                : app == null ? null : app.owner().code();
        mav.addObject("owner", ownerCode == null ? null : departments.unit(ownerCode).orElse(null));
        mav.addObject("errors", errors);
        mav.addObject("errorSummary", summary);
        FormDrafts.addTo(mav, "filing", app == null ? null : app.id(), app == null ? 0 : app.version());

        FormNotes.addTo(mav, data, app == null ? List.of() : app.gaps(), app == null ? List.of() : app.findings(),
                errors);
        return mav;
    }
}
