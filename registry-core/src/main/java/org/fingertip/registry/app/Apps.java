package org.fingertip.registry.app;

import java.util.List;
import java.util.Optional;

/** Port: the registry of apps. */
public interface Apps {

    Optional<App> byId(long id);

    /** Inserts or updates the app and appends its new transitions; refuses a stale version (someone else saved first). */
    App save(App app);

    List<StatusChange> history(long appId);

    AppPage search(AppQuery query);
}
