package org.fingertip.web.wiring;

import java.lang.management.ManagementFactory;
import java.time.Clock;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.fingertip.registry.notification.DeliveryService;
import org.fingertip.registry.notification.DeliverySettings;
import org.fingertip.registry.notification.Mailer;
import org.fingertip.registry.notification.Members;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.notification.Notifications;
import org.fingertip.registry.notification.Outbox;
import org.fingertip.web.notification.DeliveryPoller;
import org.fingertip.web.notification.SpringMailer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.util.StringUtils;

/**
 * Notifications, wired explicitly: the centre always; email only when a mail server is configured
 * ({@code spring.mail.host}, which also makes Boot create the {@link JavaMailSender}) — without one no delivery row
 * is ever queued. The outbox's poller runs on every node unless {@code fingertip.notifications.delivery.poll=false}
 * (the tests drive {@link DeliveryService#deliverDue()} themselves).
 */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {
    static final String MAIL_HOST = "spring.mail.host";
    private static final String NO_MAIL_DOMAIN = "fingertip.local";

    @Bean
    DeliverySettings deliverySettings(FingertipProperties properties, Environment environment) {
        FingertipProperties.Notifications n = properties.getNotifications();
        FingertipProperties.Notifications.Delivery d = n.getDelivery();
        boolean email = StringUtils.hasText(environment.getProperty(MAIL_HOST));
        String domain = email ? domainOf(fromAddress(n)) : NO_MAIL_DOMAIN;
        return new DeliverySettings(email, d.getMaxAttempts(), d.getFirstBackoff(), d.getMaxBackoff(),
                d.getBatchSize(), d.getLease(), domain, n.getSiteUrl());
    }

    @Bean
    NotificationService notificationService(Notifications notifications, Members members, Outbox outbox,
                                            DeliverySettings settings, Clock clock) {
        return new NotificationService(notifications, members, outbox, settings, clock);
    }

    /** The sender of notification emails; refuses to start on a missing or malformed one. */
    static InternetAddress fromAddress(FingertipProperties.Notifications n) {
        if (!StringUtils.hasText(n.getMailFrom())) {
            throw new IllegalStateException("fingertip.notifications.mail-from must be set when " + MAIL_HOST
                    + " is (e.g. 指尖 <noreply@fingertip.example.gov.cn>)");
        }
        try {
            InternetAddress from = new InternetAddress(n.getMailFrom().strip(), true);
            if (from.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain", n.getMailFrom());
            }
            return from;
        } catch (AddressException e) {
            throw new IllegalStateException("fingertip.notifications.mail-from is not an email address: "
                    + n.getMailFrom(), e);
        }
    }

    private static String domainOf(InternetAddress address) {
        String a = address.getAddress();
        return a.substring(a.lastIndexOf('@') + 1);
    }

    /** This node in the outbox's leases: configured, or the JVM's {@code pid@host}. */
    static String nodeId(FingertipProperties.Notifications n) {
        String id = StringUtils.hasText(n.getNodeId()) ? n.getNodeId().strip()
                : ManagementFactory.getRuntimeMXBean().getName();
        return id.length() <= DeliveryService.NODE_MAX ? id : id.substring(0, DeliveryService.NODE_MAX);
    }

    /** Email, when a mail server is configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MAIL_HOST)
    static class Email {

        @Bean
        Mailer mailer(JavaMailSender sender, FingertipProperties properties) {
            return new SpringMailer(sender, fromAddress(properties.getNotifications()));
        }

        @Bean
        DeliveryService deliveryService(Outbox outbox, Notifications notifications, Mailer mailer,
                                        DeliverySettings settings, Clock clock, FingertipProperties properties) {
            return new DeliveryService(outbox, notifications, mailer, settings, clock,
                    nodeId(properties.getNotifications()));
        }

        /**
         * The poller, on a fixed delay between the end of one run and the start of the next. Its conditions repeat
         * the enclosing class's: the component scan finds a nested configuration class on its own.
         */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnProperty(name = MAIL_HOST)
        @ConditionalOnBooleanProperty(name = "fingertip.notifications.delivery.poll", matchIfMissing = true)
        @EnableScheduling
        static class Polling implements SchedulingConfigurer {
            private final DeliveryService delivery;
            private final FingertipProperties properties;

            Polling(DeliveryService delivery, FingertipProperties properties) {
                this.delivery = delivery;
                this.properties = properties;
            }

            @Override
            public void configureTasks(ScheduledTaskRegistrar registrar) {
                FingertipProperties.Notifications.Delivery d = properties.getNotifications().getDelivery();
                registrar.addFixedDelayTask(new DeliveryPoller(delivery, d.getBatchSize()), d.getPollInterval());
            }
        }
    }
}
