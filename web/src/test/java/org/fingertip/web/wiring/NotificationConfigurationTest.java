package org.fingertip.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.mail.internet.InternetAddress;

import org.fingertip.registry.notification.DeliveryService;
import org.junit.jupiter.api.Test;

/** The sender address and the node's name that the mail wiring reads from configuration. */
class NotificationConfigurationTest {

    private static FingertipProperties.Notifications withFrom(String from) {
        FingertipProperties.Notifications n = new FingertipProperties().getNotifications();
        n.setMailFrom(from);
        return n;
    }

    @Test
    void aSenderWithAChineseNameIsReadWithItsAddress() {
        InternetAddress from = NotificationConfiguration.fromAddress(withFrom(" 指尖 <noreply@fingertip.example.gov.cn> "));

        assertThat(from.getAddress()).isEqualTo("noreply@fingertip.example.gov.cn");
        assertThat(from.getPersonal()).isEqualTo("指尖");
    }

    @Test
    void aMissingOrMalformedSenderRefusesToStartNamingTheProperty() {
        for (String bad : new String[] {null, " ", "noreply", "指尖 <noreply@", "a@b@c"}) {
            assertThatIllegalStateException().as(String.valueOf(bad))
                    .isThrownBy(() -> NotificationConfiguration.fromAddress(withFrom(bad)))
                    .withMessageContaining("fingertip.notifications.mail-from");
        }
    }

    @Test
    void theNodeIsNamedAsConfiguredOrAfterTheJvmAndFitsALease() {
        FingertipProperties.Notifications n = new FingertipProperties().getNotifications();
        assertThat(NotificationConfiguration.nodeId(n)).isNotBlank().contains("@");
        n.setNodeId("node-2");
        assertThat(NotificationConfiguration.nodeId(n)).isEqualTo("node-2");
        n.setNodeId("n".repeat(200));
        assertThat(NotificationConfiguration.nodeId(n)).hasSize(DeliveryService.NODE_MAX);
    }
}
