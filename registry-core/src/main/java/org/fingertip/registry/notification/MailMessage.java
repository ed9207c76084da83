package org.fingertip.registry.notification;

import java.util.Objects;

/**
 * One plain-text email. The message id is derived from the notification, so that a message sent twice (a node that
 * lost its lease mid-send) carries the same {@code Message-ID} and mail clients and servers recognise the duplicate.
 *
 * @param messageId a complete {@code Message-ID}, angle brackets included
 */
public record MailMessage(String to, String subject, String text, String messageId) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(messageId, "messageId");
    }

    /** {@code <notification-42@fingertip.example.gov.cn>}: one id per notification, whatever the attempt. */
    public static String messageIdOf(long notificationId, String domain) {
        return "<notification-" + notificationId + "@" + domain + ">";
    }

    /**
     * The email of a notification: the subject names the system and the kind, the text is the body, then the page to
     * open when a base address of the site is known (a relative link means nothing in a mailbox).
     */
    public static MailMessage of(Notification n, String to, DeliverySettings settings) {
        StringBuilder text = new StringBuilder(n.body().isBlank() ? n.title() : n.body());
        if (n.link() != null && settings.siteUrl() != null) {
            text.append("\n\n查看：").append(settings.siteUrl()).append(n.link());
        }
        text.append("\n\n— 指尖 · 政务移动互联网应用程序管理（系统邮件，请勿直接回复）");
        return new MailMessage(to, "【指尖·" + n.kind().label() + "】" + n.title(), text.toString(),
                messageIdOf(n.id(), settings.messageIdDomain()));
    }
}
