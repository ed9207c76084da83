package org.fingertip.registry.notification;

import java.util.Objects;

import org.fingertip.registry.access.Role;

/**
 * Whom a notification is addressed to, in the form of the notices' recipients and the engine's candidate groups
 * ({@link org.fingertip.registry.notice.Recipients}): one user ({@code user:<username>}), the supervisors or the
 * reviewers of a division ({@code supervisor:420100}, {@code reviewer:420100}), or the applicants of an owner unit
 * ({@code applicant:420100-007}).
 */
public record Recipient(Group group, String code) {

    /** The kinds of recipient, each with its prefix and the role of its members (none for one user). */
    public enum Group {
        USER("user", null),
        SUPERVISORS("supervisor", Role.SUPERVISOR),
        REVIEWERS("reviewer", Role.REVIEWER),
        APPLICANTS("applicant", Role.APPLICANT);

        private final String prefix;
        private final Role role;

        Group(String prefix, Role role) {
            this.prefix = prefix;
            this.role = role;
        }

        public String prefix() {
            return prefix;
        }

        /** The role every member has; null for {@link #USER}. */
        public Role role() {
            return role;
        }
    }

    public Recipient {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a recipient names a user, a division or a unit");
        }
    }

    /** Reads {@code user:li.si}, {@code supervisor:420100} and the like; anything else is a programming error. */
    public static Recipient parse(String recipient) {
        Objects.requireNonNull(recipient, "recipient");
        int colon = recipient.indexOf(':');
        if (colon > 0) {
            String prefix = recipient.substring(0, colon);
            for (Group g : Group.values()) {
                if (g.prefix.equals(prefix)) {
                    return new Recipient(g, recipient.substring(colon + 1));
                }
            }
        }
        throw new IllegalArgumentException(
                "not a recipient (user:, supervisor:, reviewer:, applicant: followed by a name or code): " + recipient);
    }

    @Override
    public String toString() {
        return group.prefix + ":" + code;
    }
}
