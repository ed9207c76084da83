package org.fingertip.registry.testing;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.notification.MailMessage;
import org.fingertip.registry.notification.Mailer;

/** A mail server that keeps what it was sent, and refuses the next few messages when a test says so. */
public final class RecordingMailer implements Mailer {
    private final List<MailMessage> sent = new ArrayList<>();
    private int failuresToCome;
    private int refused;

    @Override
    public synchronized void send(MailMessage message) {
        if (failuresToCome > 0) {
            failuresToCome--;
            refused++;
            throw new IllegalStateException("SMTP 421 服务暂不可用（测试）");
        }
        sent.add(message);
    }

    /** The next {@code times} sends fail. */
    public synchronized RecordingMailer failNext(int times) {
        this.failuresToCome = times;
        return this;
    }

    public synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    /** How many sends failed. */
    public synchronized int refused() {
        return refused;
    }
}
