package org.fingertip.registry.campaign;

import java.util.Optional;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.recheck.Rechecks;

/** Whether a re-check of an app may be started now: it is FILED or REGISTERED and no re-check of it is running. */
public final class RecheckEligibility {
    private final Apps apps;
    private final Rechecks rechecks;

    public RecheckEligibility(Apps apps, Rechecks rechecks) {
        this.apps = apps;
        this.rechecks = rechecks;
    }

    /** Why the app's re-check cannot be started now, in Chinese; empty when it can. */
    public Optional<String> whyNot(long appId) {
        Optional<App> app = apps.byId(appId);
        if (app.isEmpty()) {
            return Optional.of("应用已不存在");
        }
        Optional<String> running = rechecks.openFor(appId).map(r -> "应用已在复核中（复核 " + r.id() + "）");
        if (running.isPresent()) {
            return running;
        }
        AppStatus status = app.get().status();
        if (!status.isRecheckable()) {
            return Optional.of("应用当前状态为“" + status.label() + "”，不在可复核状态");
        }
        return Optional.empty();
    }
}
