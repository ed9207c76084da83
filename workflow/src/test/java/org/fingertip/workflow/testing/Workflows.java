package org.fingertip.workflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.fingertip.registry.evaluation.EvaluationSettings;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.ExitSettings;
import org.fingertip.registry.ledger.LedgerService;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.notification.DeliverySettings;
import org.fingertip.registry.notification.NotificationService;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckSettings;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.InMemoryEvaluations;
import org.fingertip.registry.testing.InMemoryExits;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.fingertip.registry.testing.InMemoryMembers;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryNotifications;
import org.fingertip.registry.testing.InMemoryOutbox;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.workflow.exit.ExitDeadlineDelegate;
import org.fingertip.workflow.exit.ExitDeregistrationLateDelegate;
import org.fingertip.workflow.exit.ExitNoticeEndedDelegate;
import org.fingertip.workflow.exit.ExitWorkflow;
import org.fingertip.workflow.ledger.LedgerDeadlineDelegate;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.recheck.RecheckAssessDelegate;
import org.fingertip.workflow.revocation.TestRevocations;
import org.fingertip.workflow.recheck.RecheckDueDates;
import org.fingertip.workflow.recheck.RecheckSelfInspectionMissedDelegate;
import org.fingertip.workflow.recheck.RecheckVerdictEvaluator;
import org.fingertip.workflow.recheck.RecheckWindowClosedDelegate;
import org.fingertip.workflow.recheck.RecheckWorkflow;

/**
 * The core over in-memory ports and the workflow services over a real engine, as the application wires them; every
 * delegate and due-date bean the processes name is registered with {@link Mocks}. Build one per test, after the
 * engine; call {@link Mocks#reset()} after it.
 */
public final class Workflows {
    public final FilingFixture fx;
    public final InMemoryRechecks rechecks = new InMemoryRechecks();
    public final InMemoryUsageFacts usage = new InMemoryUsageFacts();
    public final InMemoryEvaluations evaluations = new InMemoryEvaluations();
    public final InMemoryLedgerItems ledgerItems = new InMemoryLedgerItems();
    public final InMemoryNotices notices = new InMemoryNotices();
    /** Nobody belongs to any recipient until a test adds members: then its notices notify them. */
    public final InMemoryMembers members = new InMemoryMembers();
    public final InMemoryNotifications notifications = new InMemoryNotifications();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final InMemoryExits exits;
    public final NotificationService notificationService;
    public final NoticeService noticeService;
    public final RecheckService recheckService;
    public final LedgerService ledgerService;
    public final ExitService exitService;
    public final LedgerWorkflow ledgerWorkflow;
    public final ExitWorkflow exitWorkflow;
    public final RecheckWorkflow recheckWorkflow;
    public final WorkTracking tracking;

    public Workflows(ProcessEngine engine) {
        this(engine, new FilingFixture());
    }

    public Workflows(ProcessEngine engine, FilingFixture fx) {
        this.fx = fx;
        exits = new InMemoryExits(fx.apps, rechecks);
        notificationService = new NotificationService(notifications, members, outbox,
                DeliverySettings.defaults().withEmail(true), fx.clock);
        noticeService = new NoticeService(notices, notificationService, fx.clock);
        recheckService = new RecheckService(rechecks, fx.apps, usage, evaluations, fx.preCheck, noticeService,
                new RecheckVerdictEvaluator(engine.getDecisionService()), RecheckSettings.defaults(),
                EvaluationSettings.defaults(), fx.clock);
        ledgerService = new LedgerService(ledgerItems, fx.apps, LedgerSettings.defaults(), fx.clock);
        fx.catalogue.save(new PlatformCatalogue.PlatformFunction("420000", "鄂汇办", "政务服务"));
        exitService = new ExitService(exits, fx.apps, fx.catalogue, noticeService, Calendars.china2026Calendar(),
                ExitSettings.defaults(), fx.clock);

        Mocks.register("ledgerDeadlineDelegate", new LedgerDeadlineDelegate(ledgerService));
        tracking = new WorkTracking(engine, fx.apps, fx.departments, fx.clock);
        RecheckDueDates recheckDueDates = new RecheckDueDates(Calendars.china2026Calendar(), 10, fx.clock);
        Mocks.register("recheckSelfInspectionMissedDelegate", new RecheckSelfInspectionMissedDelegate(recheckService));
        Mocks.register("recheckAssessDelegate", new RecheckAssessDelegate(recheckService));
        Mocks.register("exitNoticeEndedDelegate", new ExitNoticeEndedDelegate(exitService));
        Mocks.register("exitDeregistrationLateDelegate", new ExitDeregistrationLateDelegate(exitService));
        Mocks.register("exitDeadlineDelegate", new ExitDeadlineDelegate(exitService));

        ledgerWorkflow = new LedgerWorkflow(ledgerService,
                TestRevocations.on(fx, ledgerService, ledgerItems, noticeService, engine, tracking.completion),
                engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                tracking.completion, tracking.dueDates);
        exitWorkflow = new ExitWorkflow(exitService, engine.getRuntimeService(), engine.getTaskService(),
                tracking.completion);
        recheckWorkflow = new RecheckWorkflow(recheckService, fx.apps, ledgerWorkflow, exitWorkflow, recheckDueDates,
                engine.getRuntimeService(), engine.getTaskService(), tracking.completion);
        Mocks.register("recheckWindowClosedDelegate", new RecheckWindowClosedDelegate(recheckWorkflow));
    }
}
