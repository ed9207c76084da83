package org.fingertip.web.page.ledger;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 挂账: a supervisor puts a finding about an app of its jurisdiction on the ledger — the problem category and what
 * was found; the deadline follows from the settings. The core checks the rest (the role, the jurisdiction, an app
 * that has ended); its messages stand beside the fields, on the form as typed.
 */
@Controller
class LedgerOpenController {
    private static final String VIEW = "ledger/new";

    private final LedgerWorkflow workflow;
    private final FilingService filingService;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    LedgerOpenController(LedgerWorkflow workflow, FilingService filingService, TransactionTemplate tx,
                         MessageSource messages) {
        this.workflow = workflow;
        this.filingService = filingService;
        this.tx = tx;
        this.messages = messages;
    }

    @InitBinder("newItem")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/ledger/new")
    @Allowed(Role.SUPERVISOR)
    ModelAndView form(Actor actor, @RequestParam long appId) {
        return view(HttpStatus.OK, actor, appId, new LedgerForms.Open(), FieldMessages.none());
    }

    @PostMapping("/ledger/new")
    @Allowed(Role.SUPERVISOR)
    ModelAndView open(Actor actor, @RequestParam long appId, @ModelAttribute("newItem") LedgerForms.Open data,
                      BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FieldMessages errors = new FieldMessages();
            errors.addBindingErrors(binding, messages);
            return view(HttpStatus.BAD_REQUEST, actor, appId, data, errors);
        }
        LedgerItem item;
        try {
            item = workflow.open(actor, appId, data.getCategory(), data.getFinding());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, appId, data, e.errors());
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, appId, data, e.errors());
        }
        redirect.addFlashAttribute("notice", "notice.ledgerOpened");
        return new ModelAndView("redirect:/ledger/" + item.id());
    }

    private ModelAndView refused(HttpStatus status, Actor actor, long appId, LedgerForms.Open data,
                                 List<FieldError> fieldErrors) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(fieldErrors, f -> f);
        return view(status, actor, appId, data, errors);
    }

    private ModelAndView view(HttpStatus status, Actor actor, long appId, LedgerForms.Open data,
                              FieldMessages errors) {
        App app = tx.execute(s -> filingService.visible(actor, appId));
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        mav.addObject("app", app);
        mav.addObject("newItem", data);
        mav.addObject("categories", LedgerCategory.values());
        mav.addObject("errors", errors);
        return mav;
    }
}
