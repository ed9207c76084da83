package org.fingertip.web.page.inbox;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkRules;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.task.CaseHistory;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskActions;
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
 * One task: where it stands, what the viewer may do with it (claim, give back, transfer, delegate, resolve, urge),
 * and the full history of its case. Refusals of a hand-over or an urge are shown beside the field.
 */
@Controller
class TaskPageController {
    private final TaskActions actions;
    private final Inbox inbox;
    private final CaseHistory history;
    private final TransactionTemplate tx;

    TaskPageController(TaskActions actions, Inbox inbox, CaseHistory history, TransactionTemplate tx) {
        this.actions = actions;
        this.inbox = inbox;
        this.history = history;
        this.tx = tx;
    }

    @GetMapping("/tasks/{id}")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView show(Actor actor, @PathVariable String id) {
        return page(HttpStatus.OK, actor, id, null, null, FieldMessages.none());
    }

    @PostMapping("/tasks/{id}/claim")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    String claim(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        actions.claim(actor, id);
        redirect.addFlashAttribute("notice", "notice.claimed");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/unclaim")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    String unclaim(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        actions.unclaim(actor, id);
        redirect.addFlashAttribute("notice", "notice.unclaimed");
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/resolve")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    String resolve(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        actions.resolve(actor, id);
        redirect.addFlashAttribute("notice", "notice.resolved");
        return "redirect:/inbox";
    }

    /** 转办 or 委派, as the pressed button says; the receiver's username beside which a refusal is shown. */
    @PostMapping("/tasks/{id}/hand-over")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView handOver(Actor actor, @PathVariable String id, @RequestParam(required = false) String to,
                          @RequestParam(defaultValue = "transfer") String how, RedirectAttributes redirect) {
        boolean delegate = "delegate".equals(how);
        try {
            if (delegate) {
                actions.delegate(actor, id, to);
            } else {
                actions.transfer(actor, id, to);
            }
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, id, to, null, e, "to");
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, to, null, e, "to");
        } catch (StateConflictException e) {
            return refused(HttpStatus.CONFLICT, actor, id, to, null, e, "to");
        }
        redirect.addFlashAttribute("notice", delegate ? "notice.delegated" : "notice.transferred");
        return new ModelAndView("redirect:/inbox");
    }

    @PostMapping("/tasks/{id}/urge")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR})
    ModelAndView urge(Actor actor, @PathVariable String id, @RequestParam(required = false) String note,
                      RedirectAttributes redirect) {
        try {
            actions.urge(actor, id, note);
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, id, null, note, e, "note");
        } catch (StateConflictException e) {
            return refused(HttpStatus.CONFLICT, actor, id, null, note, e, "note");
        }
        redirect.addFlashAttribute("notice", "notice.urged");
        return new ModelAndView("redirect:/tasks/" + id);
    }

    private ModelAndView refused(HttpStatus status, Actor actor, String id, String to, String note,
                                 DomainException e, String field) {
        FieldMessages errors = new FieldMessages();
        List<FieldError> fieldErrors = e instanceof RuleViolationException r
                ? r.errors() : e instanceof InvalidInputException i ? i.errors() : List.of();
        if (fieldErrors.isEmpty()) {
            errors.add(field, e.getMessage());
        } else {
            errors.addAll(fieldErrors, f -> f);
        }
        return page(status, actor, id, to, note, errors);
    }

    private ModelAndView page(HttpStatus status, Actor actor, String id, String to, String note,
                              FieldMessages errors) {
        ModelAndView mav = new ModelAndView("inbox/task");
        mav.setStatus(status);
        tx.executeWithoutResult(s -> {
            WorkItem item = actions.visible(actor, id);
            mav.addObject("task", inbox.view(item));
            mav.addObject("history", item.appId() == null ? List.of() : history.of(actor, item.appId()));
            boolean holds = WorkRules.holds(actor, item);
            boolean member = WorkRules.isMember(actor, item);
            mav.addObject("canClaim", item.isOpen() && member && item.assignee() == null);
            mav.addObject("canHandOver", item.isOpen() && holds && !item.delegated());
            mav.addObject("canResolve", item.isOpen() && holds && item.delegated());
            mav.addObject("canUrge", item.isOpen() && !holds && !(member && item.assignee() == null));
        });
        mav.addObject("to", to);
        mav.addObject("note", note);
        mav.addObject("errors", errors);
        return mav;
    }
}
