package org.fingertip.web.page.campaign;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.campaign.Campaign;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.recheck.CampaignAppsExport;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.campaign.CampaignWorkflow;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 专项复核: the campaigns of the jurisdiction with, for a supervisor, the launch form (scope, kinds, levels, sample
 * percentage, seed); and one campaign's progress with its sampled apps. The core checks the scope; its messages stand
 * beside the fields, on the form as typed.
 */
@Controller
class CampaignPagesController {
    static final int PAGE_SIZE = 50;

    private final CampaignService campaigns;
    private final CampaignWorkflow workflow;
    private final Departments departments;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final CampaignAppsExport export;
    private final XlsxExports exports;

    CampaignPagesController(CampaignService campaigns, CampaignWorkflow workflow, Departments departments,
                            TransactionTemplate tx, MessageSource messages, CampaignAppsExport export,
                            XlsxExports exports) {
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.departments = departments;
        this.tx = tx;
        this.messages = messages;
        this.export = export;
        this.exports = exports;
    }

    @InitBinder("campaign")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/rechecks")
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    ModelAndView list(Actor actor) {
        return view(HttpStatus.OK, actor, new CampaignForm(), FieldMessages.none(), null);
    }

    @PostMapping("/rechecks")
    @Allowed(Role.SUPERVISOR)
    ModelAndView launch(Actor actor, @ModelAttribute("campaign") CampaignForm form, BindingResult binding,
                        RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FieldMessages errors = new FieldMessages();
            errors.addBindingErrors(binding, messages);
            return view(HttpStatus.BAD_REQUEST, actor, form, errors, null);
        }
        Campaign c;
        try {
            c = workflow.launch(actor, form.toRequest());
        } catch (InvalidInputException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, form, e.errors(), null);
        } catch (RuleViolationException e) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, actor, form, e.errors(), e.getMessage());
        } catch (NotFoundException e) {
            return refused(HttpStatus.BAD_REQUEST, actor, form,
                    List.of(new FieldError("departmentCode", e.getMessage())), null);
        }
        redirect.addFlashAttribute("notice", "notice.campaignLaunched");
        return new ModelAndView("redirect:/rechecks/" + c.id());
    }

    @GetMapping("/rechecks/{id}")
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    ModelAndView progress(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        return tx.execute(s -> {
            CampaignProgress p = campaigns.progress(actor, id);
            ModelAndView mav = new ModelAndView("campaign/progress");
            mav.addObject("p", p);
            mav.addObject("c", p.campaign());
            mav.addObject("members", campaigns.members(actor, id, paging.page() * PAGE_SIZE, PAGE_SIZE));
            mav.addObject("page", paging.page());
            mav.addObject("pages", Math.max(1, (p.selected() + PAGE_SIZE - 1) / PAGE_SIZE));
            return mav;
        });
    }

    /** The campaign's sampled apps as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/rechecks/{id}/apps/export.xlsx")
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    void export(Actor actor, @PathVariable long id, HttpServletResponse response) throws IOException {
        exports.write(actor, export.sheet(actor, id), response);
    }

    private ModelAndView refused(HttpStatus status, Actor actor, CampaignForm form, List<FieldError> fieldErrors,
                                 String summary) {
        FieldMessages errors = new FieldMessages();
        errors.addAll(fieldErrors, f -> f);
        return view(status, actor, form, errors, summary);
    }

    private ModelAndView view(HttpStatus status, Actor actor, CampaignForm form, FieldMessages errors,
                              String refusal) {
        return tx.execute(s -> {
            ModelAndView mav = new ModelAndView("campaign/list");
            mav.setStatus(status);
            mav.addObject("campaigns", campaigns.list(actor));
            boolean supervisor = actor.has(Role.SUPERVISOR);
            mav.addObject("supervisor", supervisor);
            if (supervisor) {
                Division own = actor.jurisdiction();
                List<Division> scopes = departments.divisionsWithin(own.code()).stream()
                        .filter(d -> d.level().ordinal() <= DivisionLevel.COUNTY.ordinal())
                        .sorted(Comparator.comparing(Division::path)).toList();
                mav.addObject("scopes", scopes.isEmpty() ? List.of(own) : scopes);
                if (form.getDepartmentCode() == null) {
                    form.setDepartmentCode(own.code());
                }
            }
            mav.addObject("campaign", form);
            mav.addObject("kinds", AppKind.values());
            mav.addObject("levels", DivisionLevel.values());
            mav.addObject("errors", errors);
            mav.addObject("refusal", refusal);
            return mav;
        });
    }
}
