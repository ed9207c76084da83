package org.fingertip.web.page.admin;

import java.util.List;
import java.util.Map;

import org.fingertip.db.department.MyBatisDepartments;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.admin.UnitAdministration;
import org.fingertip.web.app.Paging;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.admin.UnitMergeWorkflow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Units (list by division and keyword, a new unit, a unit's page to rename it or merge it into another) and the
 * division tree; refusals beside the field with the input kept.
 */
@Controller
class UnitPageController {
    static final int PAGE_SIZE = 20;

    private final UnitAdministration units;
    private final MessageSource messages;

    UnitPageController(UnitAdministration units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/divisions")
    @Allowed(Role.ADMIN)
    ModelAndView divisions(Actor actor) {
        List<Division> all = units.divisions(actor);
        ModelAndView mav = new ModelAndView("admin/divisions");
        mav.addObject("divisions", all.stream().map(d -> new Row(d, depth(d))).toList());
        return mav;
    }

    /** A division with its depth in the tree (0 for a province). */
    record Row(Division division, int depth) {
        public String indent() {
            return "　".repeat(depth);
        }
    }

    @GetMapping("/admin/units")
    @Allowed(Role.ADMIN)
    ModelAndView list(Actor actor, @RequestParam(required = false) String division,
                      @RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page) {
        return listView(actor, HttpStatus.OK, division, keyword, page, Map.of(), FieldMessages.none());
    }

    @PostMapping("/admin/units/new")
    @Allowed(Role.ADMIN)
    ModelAndView create(Actor actor, @RequestParam(required = false) String code,
                        @RequestParam(required = false) String name,
                        @RequestParam(required = false) String divisionCode, RedirectAttributes redirect) {
        try {
            Unit unit = units.create(actor, code, name, divisionCode);
            redirect.addFlashAttribute("notice", "admin.units.created");
            return new ModelAndView("redirect:/admin/units/" + unit.code());
        } catch (InvalidInputException | RuleViolationException e) {
            return listView(actor, AdminForms.status(e), null, null, null,
                    Map.of("code", nz(code), "name", nz(name), "divisionCode", nz(divisionCode)),
                    AdminForms.messages(e, "code"));
        }
    }

    @GetMapping("/admin/units/{code}")
    @Allowed(Role.ADMIN)
    ModelAndView unit(Actor actor, @PathVariable String code) {
        return unitView(actor, HttpStatus.OK, code, null, null, FieldMessages.none());
    }

    @PostMapping("/admin/units/{code}/rename")
    @Allowed(Role.ADMIN)
    ModelAndView rename(Actor actor, @PathVariable String code, @RequestParam(required = false) String name,
                        RedirectAttributes redirect) {
        try {
            units.rename(actor, code, name);
        } catch (InvalidInputException | RuleViolationException e) {
            return unitView(actor, AdminForms.status(e), code, name, null, AdminForms.messages(e, "name"));
        }
        redirect.addFlashAttribute("notice", "admin.units.renamed");
        return new ModelAndView("redirect:/admin/units/" + code);
    }

    @PostMapping("/admin/units/{code}/merge")
    @Allowed(Role.ADMIN)
    ModelAndView merge(Actor actor, @PathVariable String code, @RequestParam(required = false) String into,
                       @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            FieldMessages errors = new FieldMessages();
            errors.add("confirmed", messages.getMessage("admin.units.merge.confirmRequired", null,
                    LocaleContextHolder.getLocale()));
            return unitView(actor, HttpStatus.BAD_REQUEST, code, null, into, errors);
        }
        try {
            UnitMergeWorkflow.Outcome o = units.merge(actor, code, into);
            // flash attributes live in the session (in the database): plain numbers only
            redirect.addFlashAttribute("merged", new java.util.ArrayList<>(List.of(o.apps(), o.users(), o.tasks(),
                    o.records())));
        } catch (InvalidInputException | RuleViolationException e) {
            return unitView(actor, AdminForms.status(e), code, null, into, AdminForms.messages(e, "into"));
        }
        redirect.addFlashAttribute("notice", "admin.units.merged");
        return new ModelAndView("redirect:/admin/units/" + code);
    }

    private ModelAndView listView(Actor actor, HttpStatus status, String division, String keyword, Integer page,
                                  Map<String, String> form, FieldMessages errors) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        MyBatisDepartments.UnitPage result = units.units(actor, division, keyword, paging.page(), paging.size());
        ModelAndView mav = new ModelAndView("admin/units");
        mav.setStatus(status);
        mav.addObject("result", result);
        mav.addObject("division", division);
        mav.addObject("keyword", keyword);
        mav.addObject("query", AdminForms.query("division", division, "keyword", keyword));
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        return mav;
    }

    private ModelAndView unitView(Actor actor, HttpStatus status, String code, String name, String into,
                                  FieldMessages errors) {
        Unit unit = units.unit(actor, code);
        ModelAndView mav = new ModelAndView("admin/unit");
        mav.setStatus(status);
        mav.addObject("unit", unit);
        mav.addObject("name", name == null ? unit.name() : name);
        mav.addObject("into", into);
        mav.addObject("errors", errors);
        return mav;
    }

    private static int depth(Division d) {
        return (int) d.path().chars().filter(c -> c == '/').count() - 2;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
