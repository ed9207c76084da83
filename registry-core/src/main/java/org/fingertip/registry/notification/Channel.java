package org.fingertip.registry.notification;

/** How a notification leaves the system besides the in-app centre. */
public enum Channel {
    /** An email through the configured SMTP server. */
    EMAIL
}
