package org.fingertip.web.page.notification;

import org.fingertip.registry.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count in the header of every page ({@code ${@notificationBadge.unread()}} in layout.html): asked only
 * when the layout is drawn for a logged-in user, one COUNT on the user's index and nothing else. It never breaks the
 * page around it: without a user, or when the count cannot be read (an error page while the database is down), the
 * header shows the link without a number.
 */
@Component("notificationBadge")
public class NotificationBadge {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationBadge.class);

    private final NotificationService notifications;

    NotificationBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The logged-in user's unread count, or null when there is no user or no count. */
    public Long unread() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return notifications.unreadCountOf(auth.getName());
        } catch (DataAccessException e) {
            LOG.warn("Unread notifications of {} not counted: {}", auth.getName(), e.getMessage());
            return null;
        }
    }
}
