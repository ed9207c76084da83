package org.fingertip.web.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.fingertip.registry.notification.MailMessage;
import org.fingertip.registry.notification.Mailer;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The {@link Mailer} port on Spring Mail: one plain-text UTF-8 message per call, with the message id the core gives
 * (JavaMailSenderImpl keeps an explicit {@code Message-ID} when it saves the message).
 */
public class SpringMailer implements Mailer {
    private final JavaMailSender sender;
    private final InternetAddress from;

    public SpringMailer(JavaMailSender sender, InternetAddress from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(MailMessage message) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), false);
            mime.setHeader("Message-ID", message.messageId());
        } catch (MessagingException e) {
            throw new MailPreparationException("邮件无法组装：" + e.getMessage(), e);
        }
        sender.send(mime);
    }
}
