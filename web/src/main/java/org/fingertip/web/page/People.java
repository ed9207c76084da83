package org.fingertip.web.page;

import java.util.HashMap;
import java.util.Map;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.registry.access.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the templates call as {@code @people}: a user as people know it — the display name, with the login name
 * after it ({@code 武汉市委网信办审核员（reviewer.wuhan）}) — wherever a page names who holds, did or wrote something.
 * Each name is read once per request; an unknown login (a user since removed) is shown as it is, and the engine's
 * own actor as "系统".
 */
@Component("people")
public class People {
    private static final String MEMO = People.class.getName() + ".names";

    private final UserAccounts accounts;
    private final MessageSource messages;

    People(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (Actor.SYSTEM_NAME.equals(username)) {
            return messages.getMessage("person.system", null, LocaleContextHolder.getLocale());
        }
        Map<String, String> memo = memo();
        String known = memo.get(username);
        if (known != null) {
            return known;
        }
        String shown;
        try {
            shown = accounts.find(username).map(UserAccount::displayName)
                    .map(display -> messages.getMessage("person.named", new Object[]{display, username},
                            LocaleContextHolder.getLocale()))
                    .orElse(username);
        } catch (DataAccessException e) {
            shown = username;
        }
        memo.put(username, shown);
        return shown;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object memo = request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<String, String>();
            request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) memo;
    }
}
