package org.fingertip.web.notification;

import org.fingertip.registry.notification.DeliveryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox on a fixed delay. Every node may run it: the claim keeps each row to one node. It runs outside
 * any transaction, so each claim and each outcome commits on its own and no transaction stays open while the mail
 * server is talked to. A failure of the database is logged and the next poll tries again.
 */
public class DeliveryPoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryPoller.class);
    /** Full batches delivered one after another in one poll, at most (a backlog drains without waiting). */
    private static final int MAX_BATCHES = 10;

    private final DeliveryService delivery;
    private final int batchSize;

    public DeliveryPoller(DeliveryService delivery, int batchSize) {
        this.delivery = delivery;
        this.batchSize = batchSize;
    }

    @Override
    public void run() {
        try {
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int sent = delivery.deliverDue();
                total += sent;
                if (sent < batchSize) {
                    break;
                }
            }
            if (total > 0) {
                LOG.info("Notification emails sent: {}", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("Notification delivery failed; the next poll tries again", e);
        }
    }
}
