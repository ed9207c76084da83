package org.fingertip.web.page;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

/**
 * The browser's copy of a form ({@code data-draft-key} and {@code data-draft-version}, static/js/app.js): its key
 * names the form, the user and the record, e.g. {@code filing:applicant.wuhan:42} or
 * {@code filing:applicant.wuhan:new}; its version is the version of the record the page shows (0 for a new one), so
 * that a copy typed on an older version is dropped. A controller that has just saved a form names its key in the flash
 * attribute {@value #SAVED} (rendered as {@code data-draft-saved} on the next page), so that the copy of a new
 * record's form is dropped too.
 */
public final class FormDrafts {
    /** The flash attribute that names the key of a form the server has just saved. */
    public static final String SAVED = "draftSaved";

    private FormDrafts() {
    }

    public static String key(String form, String username, Object id) {
        return form + ":" + username + ":" + (id == null ? "new" : id);
    }

    /** Adds the key of the logged-in user's copy of this form for this record (null: a new one), and the version. */
    public static void addTo(ModelAndView mav, String form, Object id, int version) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        mav.addObject("draftKey", key(form, auth == null ? "anonymous" : auth.getName(), id));
        mav.addObject("draftVersion", version);
    }
}
