package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.FilingNumberFormat;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.Review;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.precheck.PreCheck;
import org.fingertip.registry.precheck.PreCheckSettings;

/**
 * A {@link FilingService} wired on the in-memory ports, with the {@link Hubei} tree loaded and a clock the test can
 * move. The helpers take an application through the real use cases (draft, submit, pre-check, reviews, filing).
 */
public final class FilingFixture {
    /** 2026-03-02 09:00 in Shanghai, a Monday. */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-02T01:00:00Z");

    public final MutableClock clock;
    public final InMemoryApps apps = new InMemoryApps();
    public final InMemoryDepartments departments = new InMemoryDepartments();
    public final InMemoryReviews reviews = new InMemoryReviews();
    public final InMemoryFilingNumbers numbers = new InMemoryFilingNumbers();
    public final InMemoryPlatformCatalogue catalogue = new InMemoryPlatformCatalogue();
    public final InMemoryFiledFunctions filedFunctions = new InMemoryFiledFunctions(apps);
    public final FilingNumberFormat numberFormat =
            new FilingNumberFormat(FilingNumberFormat.DEFAULT_PATTERN, 6, Map.of("420000", "鄂"));
    public final PreCheck preCheck;
    public final FilingService service;

    public FilingFixture() {
        this(DEFAULT_START);
    }

    public FilingFixture(Instant start) {
        this(start, PreCheckSettings.defaults());
    }

    /** A fixture whose filings are pre-checked with these settings (e.g. a word list shorter than today's). */
    public FilingFixture(PreCheckSettings preCheckSettings) {
        this(DEFAULT_START, preCheckSettings);
    }

    public FilingFixture(Instant start, PreCheckSettings preCheckSettings) {
        this.clock = new MutableClock(start);
        this.preCheck = new PreCheck(preCheckSettings, filedFunctions, catalogue);
        Hubei.loadInto(departments);
        this.service = new FilingService(apps, departments, reviews, numbers, numberFormat, preCheck, clock);
    }

    /** A draft created by the owner unit's applicant. */
    public App draft(Unit owner, FilingForm form) {
        return service.createDraft(Actors.applicant(owner), form, null);
    }

    /** A complete application, submitted (UNDER_REVIEW, pre-check not yet run). */
    public App submitted(Unit owner, FilingForm form) {
        App draft = draft(owner, form);
        return service.submit(Actors.applicant(owner), draft.id());
    }

    /** A submitted application that passed the pre-check and waits for its first (or provincial) review. */
    public App passedPreCheck(Unit owner, FilingForm form) {
        App app = submitted(owner, form);
        if (!service.preCheck(app.id())) {
            throw new IllegalStateException("pre-check returned the application: " + apps.byId(app.id())
                    .map(App::findings).orElse(List.of()));
        }
        return reload(app);
    }

    /** An application taken through pre-check, first review (below province level) and provincial review to FILED. */
    public App filed(Unit owner, FilingForm form) {
        App app = passedPreCheck(owner, form);
        if (ReviewStep.firstReviewNeeded(owner)) {
            decide(app, ReviewStep.FIRST_REVIEW, Decision.APPROVE, "初审通过");
        }
        Review approval = decide(app, ReviewStep.PROVINCIAL_REVIEW, Decision.APPROVE, "审核通过");
        return service.fileApp(app.id(), approval.id());
    }

    public App filed(Unit owner, String name, String... functionNames) {
        return filed(owner, Forms.complete(owner.code(), name, functionNames));
    }

    /** An application rejected at the provincial review. */
    public App rejected(Unit owner, FilingForm form) {
        App app = passedPreCheck(owner, form);
        Review rejection = decide(app, ReviewStep.PROVINCIAL_REVIEW, Decision.REJECT, "与统一平台功能重复");
        service.applyReject(app.id(), rejection.id());
        return reload(app);
    }

    /** Records a decision by the reviewer of the step's office. */
    public Review decide(App app, ReviewStep step, Decision decision, String comment) {
        return service.recordDecision(reviewerFor(step, app.owner()), app.id(), step, decision, comment, List.of());
    }

    /** A reviewer of the office that works the step for the owner unit. */
    public Actor reviewerFor(ReviewStep step, Unit owner) {
        String office = step.officeFor(owner);
        Division jurisdiction = departments.division(office)
                .orElseThrow(() -> new IllegalStateException("no division " + office));
        return Actors.reviewer(jurisdiction);
    }

    /** The stored state of the app. */
    public App reload(App app) {
        return apps.byId(app.id()).orElseThrow();
    }
}
