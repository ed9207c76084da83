package org.fingertip.web.page.admin;

import java.util.Map;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.CatalogueEntries;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.admin.CatalogueAdministration;
import org.fingertip.web.app.Paging;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform's function catalogue: the list with a form to add, an entry's page to edit or remove it. */
@Controller
class CataloguePageController {
    static final int PAGE_SIZE = 50;

    private final CatalogueAdministration catalogue;

    CataloguePageController(CatalogueAdministration catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/catalogue")
    @Allowed(Role.ADMIN)
    ModelAndView list(Actor actor, @RequestParam(required = false) String province,
                      @RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page) {
        return listView(actor, HttpStatus.OK, province, keyword, page, Map.of(), FieldMessages.none());
    }

    @PostMapping("/admin/catalogue/new")
    @Allowed(Role.ADMIN)
    ModelAndView add(Actor actor, @RequestParam(required = false) String provinceCode,
                     @RequestParam(required = false) String platformName,
                     @RequestParam(required = false) String functionName, RedirectAttributes redirect) {
        try {
            catalogue.add(actor, provinceCode, platformName, functionName);
        } catch (InvalidInputException | RuleViolationException e) {
            return listView(actor, AdminForms.status(e), null, null, null, Map.of("provinceCode", nz(provinceCode),
                    "platformName", nz(platformName), "functionName", nz(functionName)),
                    AdminForms.messages(e, "functionName"));
        }
        redirect.addFlashAttribute("notice", "admin.catalogue.added");
        return new ModelAndView("redirect:/admin/catalogue");
    }

    @GetMapping("/admin/catalogue/{id}")
    @Allowed(Role.ADMIN)
    ModelAndView entry(Actor actor, @PathVariable long id) {
        CatalogueEntries.Entry e = catalogue.entry(actor, id);
        return entryView(HttpStatus.OK, e, e.platformName(), e.functionName(), FieldMessages.none());
    }

    @PostMapping("/admin/catalogue/{id}")
    @Allowed(Role.ADMIN)
    ModelAndView edit(Actor actor, @PathVariable long id, @RequestParam(required = false) String platformName,
                      @RequestParam(required = false) String functionName, RedirectAttributes redirect) {
        try {
            catalogue.edit(actor, id, platformName, functionName);
        } catch (InvalidInputException | RuleViolationException e) {
            return entryView(AdminForms.status(e), catalogue.entry(actor, id), platformName, functionName,
                    AdminForms.messages(e, "functionName"));
        }
        redirect.addFlashAttribute("notice", "admin.catalogue.edited");
        return new ModelAndView("redirect:/admin/catalogue/" + id);
    }

    @PostMapping("/admin/catalogue/{id}/remove")
    @Allowed(Role.ADMIN)
    String remove(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        catalogue.remove(actor, id);
        redirect.addFlashAttribute("notice", "admin.catalogue.removed");
        return "redirect:/admin/catalogue";
    }

    private ModelAndView listView(Actor actor, HttpStatus status, String province, String keyword, Integer page,
                                  Map<String, String> form, FieldMessages errors) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        CatalogueEntries.Page result = catalogue.search(actor, province, keyword, paging.page(), paging.size());
        ModelAndView mav = new ModelAndView("admin/catalogue");
        mav.setStatus(status);
        mav.addObject("result", result);
        mav.addObject("province", province);
        mav.addObject("keyword", keyword);
        mav.addObject("query", AdminForms.query("province", province, "keyword", keyword));
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        return mav;
    }

    private static ModelAndView entryView(HttpStatus status, CatalogueEntries.Entry entry, String platformName,
                                          String functionName, FieldMessages errors) {
        ModelAndView mav = new ModelAndView("admin/catalogue-entry");
        mav.setStatus(status);
        mav.addObject("entry", entry);
        mav.addObject("platformName", platformName);
        mav.addObject("functionName", functionName);
        mav.addObject("errors", errors);
        return mav;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
