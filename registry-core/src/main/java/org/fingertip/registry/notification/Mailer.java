package org.fingertip.registry.notification;

/** Port: hands one email to the mail server. */
public interface Mailer {

    /** Sends the message; any exception means it may not have gone out, and the delivery is tried again. */
    void send(MailMessage message);
}
