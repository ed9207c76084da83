package org.fingertip.web.page.revocation;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.revocation.RevocationService;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.revocation.RevocationWorkflow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supervisor revokes the filing of an app of its jurisdiction (撤销备案), from the case page: the page says what
 * the revocation does, asks for the reason and a confirmation; messages stand beside the fields, the reason kept.
 */
@Controller
class RevocationPageController {
    private static final String VIEW = "revocation/revoke";

    private final FilingService filingService;
    private final RevocationWorkflow workflow;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    RevocationPageController(FilingService filingService, RevocationWorkflow workflow, TransactionTemplate tx,
                             MessageSource messages) {
        this.filingService = filingService;
        this.workflow = workflow;
        this.tx = tx;
        this.messages = messages;
    }

    @GetMapping("/apps/{id}/revoke")
    @Allowed(Role.SUPERVISOR)
    ModelAndView form(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        App app = tx.execute(s -> filingService.visible(actor, id));
        if (!RevocationService.mayRevoke(actor, app)) {
            redirect.addFlashAttribute("notice", "notice.notRevocable");
            return new ModelAndView("redirect:/apps/" + id);
        }
        return view(HttpStatus.OK, app, null, false, FieldMessages.none());
    }

    @PostMapping("/apps/{id}/revoke")
    @Allowed(Role.SUPERVISOR)
    ModelAndView revoke(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                        @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        App app = tx.execute(s -> filingService.visible(actor, id));
        FieldMessages errors = new FieldMessages();
        if (!confirmed) {
            errors.add("confirmed", text("revoke.error.confirm"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", text("revoke.error.reason"));
        }
        if (!errors.isEmpty()) {
            return view(HttpStatus.BAD_REQUEST, app, reason, confirmed, errors);
        }
        try {
            workflow.revoke(actor, id, reason);
        } catch (RuleViolationException e) {
            errors.addAll(e.errors(), f -> f);
            return view(HttpStatus.UNPROCESSABLE_ENTITY, app, reason, confirmed, errors);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors(), f -> f);
            return view(HttpStatus.BAD_REQUEST, app, reason, confirmed, errors);
        }
        redirect.addFlashAttribute("notice", "notice.revoked");
        return new ModelAndView("redirect:/apps/" + id);
    }

    private ModelAndView view(HttpStatus status, App app, String reason, boolean confirmed, FieldMessages errors) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.setStatus(status);
        mav.addObject("app", app);
        mav.addObject("reason", reason);
        mav.addObject("confirmed", confirmed);
        mav.addObject("errors", errors);
        mav.addObject("findings", null);
        return mav;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
