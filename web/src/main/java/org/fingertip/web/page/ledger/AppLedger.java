package org.fingertip.web.page.ledger;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.web.app.Paging;
import org.springframework.stereotype.Component;

/**
 * The ledger items of one app, for its case page: those the viewer may see (its unit's for an applicant, its
 * jurisdiction's for the others; none for an observer), and whether the viewer may open one (挂账). Called within the
 * case page's transaction.
 */
@Component
public class AppLedger {
    private final LedgerService ledger;

    AppLedger(LedgerService ledger) {
        this.ledger = ledger;
    }

    /**
     * What the case page shows.
     *
     * @param shown   whether the viewer sees the ledger at all
     * @param items   the app's items, deadline first
     * @param partial true when the app has more items than one page shows
     * @param canOpen whether the viewer may open an item for the app
     */
    public record View(boolean shown, List<LedgerPage.Row> items, boolean partial, boolean canOpen) {
    }

    public View of(Actor actor, App app) {
        boolean shown = actor.has(Role.APPLICANT) || actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR)
                || actor.has(Role.ADMIN);
        if (!shown) {
            return new View(false, List.of(), false, false);
        }
        LedgerPage page = ledger.ofApp(actor, app, Paging.MAX_SIZE);
        List<LedgerPage.Row> items = page.items();
        boolean canOpen = actor.has(Role.SUPERVISOR) && actor.oversees(app.owner().division())
                && !app.status().isFinal();
        return new View(true, items, page.total() > page.items().size(), canOpen);
    }
}
