package org.fingertip.web.wiring;

import java.time.Clock;

import org.fingertip.registry.app.Apps;
import org.fingertip.registry.change.ChangeFilings;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.change.ChangeSettings;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.precheck.PreCheck;
import org.fingertip.registry.revocation.RevocationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Change filing and revocation, wired explicitly on the database adapters and the configuration. */
@Configuration(proxyBeanMethods = false)
public class ChangeConfiguration {

    @Bean
    ChangeSettings changeSettings(FingertipProperties properties) {
        return properties.getChange().toSettings();
    }

    @Bean
    ChangeService changeService(Apps apps, Departments departments, ChangeFilings changes, PreCheck preCheck,
                                ChangeSettings settings, Clock clock) {
        return new ChangeService(apps, departments, changes, preCheck, settings, clock);
    }

    @Bean
    RevocationService revocationService(Apps apps, ChangeService changes, LedgerService ledger, LedgerItems items,
                                        NoticeService notices, Clock clock) {
        return new RevocationService(apps, changes, ledger, items, notices, clock);
    }
}
