package org.fingertip.registry.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the registry of apps. */
public interface Apps {

    Optional<App> byId(long id);

    /** The app that carries this filing number (valid, deregistered or revoked: a number is never reused). */
    Optional<App> byFilingNumber(String filingNumber);

    /** Inserts or updates the app and appends its new transitions; refuses a stale version (someone else saved first). */
    App save(App app);

    List<StatusChange> history(long appId);

    AppPage search(AppQuery query);

    /**
     * How many apps of each status the query selects, its status filter and paging aside: each count the total of
     * the same query with that status. Statuses without apps may be absent.
     */
    Map<AppStatus, Long> countByStatus(AppQuery query);

    /**
     * The public lookup: apps that were ever given a number, by exact number or by a part of the name (at most
     * {@code limit}); never drafts or refused applications. {@code since} is the filing date for a valid filing,
     * the date of deregistration or revocation otherwise.
     */
    List<PublicFiling> publicFilings(String number, String namePart, int limit);
}
