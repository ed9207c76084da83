package org.fingertip.web.page.publicfiling;

import java.util.List;

import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.PublicEndpoint;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public lookup by filing number or part of the name, without login: every app ever given a number, with the
 * standing of its filing (valid, deregistered or revoked, and since when); never drafts or refused applications.
 */
@Controller
class PublicLookupController {
    static final int LIMIT = 50;
    static final int NUMBER_MAX = 40;
    static final int NAME_MAX = 100;

    private final Apps apps;
    private final MessageSource messages;

    PublicLookupController(Apps apps, MessageSource messages) {
        this.apps = apps;
        this.messages = messages;
    }

    @GetMapping("/public/filings")
    @PublicEndpoint
    @Transactional(readOnly = true)
    ModelAndView lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String name) {
        String n = number == null || number.isBlank() ? null : number.strip();
        String q = name == null || name.isBlank() ? null : name.strip();
        ModelAndView mav = new ModelAndView("publicfiling/lookup");
        mav.addObject("number", n);
        mav.addObject("name", q);
        FieldMessages errors = new FieldMessages();
        if (n != null && n.length() > NUMBER_MAX) {
            errors.add("number", text("lookup.error.tooLong", NUMBER_MAX));
        }
        if (q != null && q.length() > NAME_MAX) {
            errors.add("name", text("lookup.error.tooLong", NAME_MAX));
        }
        mav.addObject("errors", errors);
        if (!errors.isEmpty()) {
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
        boolean searched = n != null || q != null;
        List<PublicFiling> results = searched ? apps.publicFilings(n, q, LIMIT) : List.of();
        mav.addObject("searched", searched);
        mav.addObject("results", results);
        mav.addObject("limit", LIMIT);
        return mav;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
