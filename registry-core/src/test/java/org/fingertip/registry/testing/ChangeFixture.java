package org.fingertip.registry.testing;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.change.ChangeSettings;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.revocation.RevocationService;

/**
 * A {@link ChangeService} and a {@link RevocationService} on the in-memory ports of a {@link FilingFixture} (same
 * apps, tree and clock), with the ledger and the notices they touch. Helpers take an app through the real use cases.
 */
public final class ChangeFixture {
    public final FilingFixture filing;
    public final InMemoryChangeFilings changes = new InMemoryChangeFilings();
    public final InMemoryLedgerItems ledgerItems = new InMemoryLedgerItems();
    public final InMemoryNotices notices = new InMemoryNotices();
    public final ChangeService service;
    public final LedgerService ledger;
    public final NoticeService noticeService;
    public final RevocationService revocation;

    public ChangeFixture() {
        this(new FilingFixture());
    }

    public ChangeFixture(FilingFixture filing) {
        this.filing = filing;
        this.service = new ChangeService(filing.apps, filing.departments, changes, filing.preCheck,
                ChangeSettings.defaults(), filing.clock);
        this.ledger = new LedgerService(ledgerItems, filing.apps, LedgerSettings.defaults(), filing.clock);
        this.noticeService = new NoticeService(notices, filing.clock);
        this.revocation = new RevocationService(filing.apps, service, ledger, ledgerItems, noticeService,
                filing.clock);
    }

    /** An app of the unit taken through filing to FILED. */
    public App filed(Unit owner, String name, String... functionNames) {
        return filing.filed(owner, name, functionNames);
    }

    /** A proposal of this form taking effect on the earliest day allowed. */
    public ChangeService.Proposal proposal(FilingForm form) {
        return new ChangeService.Proposal(form, service.earliestEffectiveDate(), "业务调整");
    }

    /** The owner unit's applicant files the change (UNDER_REVIEW; pre-check not yet run). */
    public ChangeFiling file(App app, FilingForm proposed) {
        return service.file(Actors.applicant(app.owner()), app.id(), proposal(proposed));
    }

    /** Filed and through the pre-check, waiting for its first (or provincial) review. */
    public ChangeFiling passedPreCheck(App app, FilingForm proposed) {
        ChangeFiling change = file(app, proposed);
        if (!service.preCheck(change.id())) {
            throw new IllegalStateException("pre-check returned the change: " + reload(change).findings());
        }
        return reload(change);
    }

    /** Records a decision by the reviewer of the step's office for the unit holding the filing. */
    public ChangeReview decide(ChangeFiling change, ReviewStep step, Decision decision, String comment, List<Gap> gaps) {
        return service.recordDecision(reviewerFor(step, change), change.id(), step, decision, comment, gaps);
    }

    public Actor reviewerFor(ReviewStep step, ChangeFiling change) {
        return filing.reviewerFor(step, change.owner());
    }

    public ChangeFiling reload(ChangeFiling change) {
        return changes.byId(change.id()).orElseThrow();
    }

    public App reload(App app) {
        return filing.reload(app);
    }
}
