package org.fingertip.registry.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.exit.ExitPlan.DataPlan;
import org.fingertip.registry.exit.ExitPlan.FunctionMove;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeService;
import org.fingertip.registry.precheck.PlatformCatalogue;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Calendars;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryExits;
import org.fingertip.registry.testing.InMemoryNotices;
import org.fingertip.registry.testing.InMemoryRechecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every step of an exit and its refusals, on in-memory ports. */
class ExitServiceTest {
    private final FilingFixture fx = new FilingFixture();
    private final InMemoryNotices noticeStore = new InMemoryNotices();
    private final InMemoryExits exits = new InMemoryExits(fx.apps, new InMemoryRechecks());
    private final ExitService service = new ExitService(exits, fx.apps, fx.catalogue, new NoticeService(noticeStore, fx.clock),
            Calendars.china2026Calendar(), ExitSettings.defaults(), fx.clock);
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private App app;

    @BeforeEach
    void aFiledWuhanApp() {
        fx.catalogue.save(new PlatformCatalogue.PlatformFunction("420000", "鄂汇办", "政务服务"));
        app = fx.filed(Hubei.WUHAN_UNIT, "城管通", "在线办事", "案件上报");
    }

    private LocalDate today() {
        return service.today();
    }

    private ExitPlan plan(LocalDate offline) {
        return new ExitPlan(ExitReason.VOLUNTARY, null, false, List.of(),
                List.of(new DataPlan("用户账号", DataDisposition.DESTROY, null),
                        new DataPlan("办件记录", DataDisposition.ARCHIVE, 10)),
                "城管通将于下线日期停止服务，相关事项请通过鄂汇办办理。", offline);
    }

    private Exit approved() {
        Exit e = service.startByOwner(owner, app.id());
        service.filePlan(owner, e.id(), plan(today().plusDays(30)));
        return service.decidePlan(reviewer, e.id(), true, "同意");
    }

    @Test
    void theOwnerPlansAReviewerApprovesAndTheNoticeIsPublishedWithTheAppExiting() {
        Exit e = approved();

        assertThat(e.state()).isEqualTo(ExitState.NOTICE);
        assertThat(e.offlineDate()).isEqualTo(today().plusDays(30));
        assertThat(e.noticePublishedAt()).isEqualTo(fx.clock.instant());
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.EXITING);
        assertThat(service.publicNotices(null, 0, 20).items()).extracting(ExitPage.Row::appId).contains(app.id());
        assertThat(exits.steps(e.id())).extracting(ExitStep::action)
                .containsExactly("启动退出", "提交退出方案", "批准退出方案", "发布公告");
    }

    @Test
    void anOfflineDateInsideTheNoticePeriodIsRefusedWithTheEarliestDate() {
        Exit e = service.startByOwner(owner, app.id());
        assertThatThrownBy(() -> service.filePlan(owner, e.id(), plan(today().plusDays(29))))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("offlineDate",
                                "下线日期须在公告发布后至少 30 天，最早为 " + today().plusDays(30))));
    }

    @Test
    void aPlanApprovedLaterThanItsDateAllowsIsRefusedAndReturned() {
        Exit e = service.startByOwner(owner, app.id());
        service.filePlan(owner, e.id(), plan(today().plusDays(30)));
        fx.clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> service.decidePlan(reviewer, e.id(), true, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("不足 30 天公告期");
        Exit returned = service.decidePlan(reviewer, e.id(), false, "下线日期需顺延");
        assertThat(returned.state()).isEqualTo(ExitState.PLANNING);
        assertThat(returned.returnComment()).isEqualTo("下线日期需顺延");
        assertThatThrownBy(() -> service.decidePlan(reviewer, e.id(), false, " "))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void theExitEndsDeregisteredWithTheNumberCancelledAndTheHistoryKept() {
        Exit e = approved();
        fx.clock.advance(Duration.ofDays(31));
        service.noticeEnded(e.id());

        assertThatThrownBy(() -> service.confirmOffline(owner, e.id(), List.of("华为应用市场"), true, "截图"))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.errors())
                        .extracting(FieldError::message).containsExactly("尚未确认从以下渠道下架：苹果 App Store"));
        Exit offline = service.confirmOffline(owner, e.id(), List.of("华为应用市场", "苹果 App Store"), true,
                "两个应用市场的下架回执");
        assertThat(offline.state()).isEqualTo(ExitState.DEREGISTRATION);
        assertThat(offline.deregistrationDue()).isAfter(fx.clock.instant().plus(Duration.ofDays(13)));

        service.fileDeregistration(owner, e.id(), "数据已按方案销毁和归档");
        Exit done = service.verify(reviewer, e.id(), true, null);

        assertThat(done.state()).isEqualTo(ExitState.EXITED);
        App exited = fx.reload(app);
        assertThat(exited.status()).isEqualTo(AppStatus.EXITED);
        assertThat(exited.filingNumber()).isEqualTo(app.filingNumber());
        assertThat(fx.apps.publicFilings(app.filingNumber(), null, 5)).singleElement()
                .satisfies(p -> assertThat(p.filingStatus()).isEqualTo(PublicFiling.FilingStatus.DEREGISTERED));
        assertThat(fx.apps.history(app.id())).extracting(h -> h.to())
                .endsWith(AppStatus.FILED, AppStatus.EXITING, AppStatus.EXITED);
    }

    @Test
    void aDeregistrationSentBackIsFiledAgainAndALateOneIsEscalatedOnce() {
        Exit e = approved();
        fx.clock.advance(Duration.ofDays(31));
        service.noticeEnded(e.id());
        service.confirmOffline(owner, e.id(), List.of("华为应用市场", "苹果 App Store"), true, "回执");
        service.deregistrationOverdue(e.id());
        service.deregistrationOverdue(e.id());
        assertThat(noticeStore.all()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.DEREGISTRATION_OVERDUE);
            assertThat(n.recipient()).isEqualTo("supervisor:420100");
        });

        service.fileDeregistration(owner, e.id(), "申请注销");
        Exit back = service.verify(reviewer, e.id(), false, "数据销毁证明缺失");
        assertThat(back.state()).isEqualTo(ExitState.DEREGISTRATION);
        assertThat(back.deregistrationLate()).isTrue();
        service.fileDeregistration(owner, e.id(), "补充销毁证明");
        assertThat(service.verify(reviewer, e.id(), true, "同意").state()).isEqualTo(ExitState.EXITED);
    }

    @Test
    void anIntegrationMigratesItsUsersBeforeTheNoticeAndMovesAnOfflineDateThatCameTooClose() {
        Exit e = service.startByOwner(owner, app.id());
        ExitPlan noMoves = new ExitPlan(ExitReason.INTEGRATED, "鄂汇办", true, List.of(), plan(today()).data(),
                "城管通整合至鄂汇办，请在鄂汇办继续办理。", today().plusDays(30));
        assertThatThrownBy(() -> service.filePlan(owner, e.id(), noMoves))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(FieldError::field).containsExactly("functionMoves"));
        assertThatThrownBy(() -> service.filePlan(owner, e.id(), new ExitPlan(ExitReason.INTEGRATED, "鄂汇办", true,
                List.of(new FunctionMove("在线办事", "鄂政通·政务服务"), new FunctionMove("案件上报", "案件上报")),
                noMoves.data(), noMoves.userNotice(), today().plusDays(30))))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(FieldError::field).containsExactly("functionMoves[0].platformFunction",
                                "functionMoves[1].platformFunction"));
        service.filePlan(owner, e.id(), new ExitPlan(ExitReason.INTEGRATED, "鄂汇办", true,
                List.of(new FunctionMove("在线办事", "鄂汇办·政务服务"), new FunctionMove("办事指引", "政务服务")),
                noMoves.data(), noMoves.userNotice(), today().plusDays(30)));
        Exit migrating = service.decidePlan(reviewer, e.id(), true, null);
        assertThat(migrating.state()).isEqualTo(ExitState.MIGRATING);
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.INTEGRATING);

        service.reportMigration(owner, e.id(), 1200, "用户已通过短信引导迁移");
        service.decideMigration(reviewer, e.id(), false, "尚有活跃用户未迁移");
        service.reportMigration(owner, e.id(), 1500, "已全部迁移");
        fx.clock.advance(Duration.ofDays(10));
        Exit published = service.decideMigration(reviewer, e.id(), true, null);

        assertThat(published.state()).isEqualTo(ExitState.NOTICE);
        assertThat(published.offlineDate()).isEqualTo(today().plusDays(30));
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.EXITING);
        assertThat(exits.steps(e.id())).extracting(ExitStep::note).anyMatch(n -> n.contains("下线日期顺延至"));
    }

    @Test
    void aDirectedDeadlineInsideTheNoticePeriodIsMovedAndAMissedOneIsEscalatedOnce() {
        Exit e = service.direct(supervisor, app.id(), today().plusDays(10), "僵尸应用，限期关停");
        assertThat(e.trigger()).isEqualTo(ExitTrigger.SUPERVISOR_DIRECTION);
        assertThat(e.deadline()).isEqualTo(today().plusDays(10));
        assertThat(e.effectiveDeadline()).isEqualTo(today().plusDays(30));
        assertThat(e.deadlineNote()).contains("须先公告 30 天", "顺延至 " + today().plusDays(30));

        fx.clock.advance(Duration.ofDays(31));
        assertThat(service.deadlineReached(e.id()).deadlineMissed()).isTrue();
        service.deadlineReached(e.id());
        assertThat(noticeStore.all()).extracting(Notice::kind).containsExactly(NoticeKind.EXIT_DEADLINE_MISSED);
        assertThat(service.search(supervisor, null, null, true, 0, 20).items()).extracting(ExitPage.Row::id)
                .containsExactly(e.id());
    }

    @Test
    void aDirectedExitOfflineByItsDeadlineIsNotEscalated() {
        Exit e = service.direct(supervisor, app.id(), today().plusDays(40), "功能重复");
        service.filePlan(owner, e.id(), plan(today().plusDays(30)));
        service.decidePlan(reviewer, e.id(), true, null);
        fx.clock.advance(Duration.ofDays(31));
        service.noticeEnded(e.id());
        service.confirmOffline(owner, e.id(), List.of("华为应用市场", "苹果 App Store"), true, "回执");
        fx.clock.advance(Duration.ofDays(10));

        assertThat(service.deadlineReached(e.id()).deadlineMissed()).isFalse();
        assertThat(noticeStore.all()).isEmpty();
    }

    @Test
    void onlyTheRightPeopleAct() {
        assertThatThrownBy(() -> service.startByOwner(Actors.applicant(Hubei.YICHANG_UNIT), app.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.startByOwner(reviewer, app.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.direct(reviewer, app.id(), today().plusDays(40), "x"))
                .isInstanceOf(ForbiddenException.class);
        Exit e = service.startByOwner(owner, app.id());
        assertThat(fx.reload(app).status()).as("exiting from the start: no re-check or change meanwhile")
                .isEqualTo(AppStatus.EXITING);
        assertThatThrownBy(() -> service.startByOwner(owner, app.id())).isInstanceOf(StateConflictException.class);
        service.filePlan(owner, e.id(), plan(today().plusDays(30)));
        assertThatThrownBy(() -> service.decidePlan(owner, e.id(), true, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.decidePlan(Actors.provinceReviewer(), e.id(), true, null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("420100");
        assertThatThrownBy(() -> service.visible(Actors.yichangReviewer(), e.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.direct(supervisor, app.id(), today().minusDays(1), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
                        .extracting(FieldError::field).containsExactly("deadline", "reason"));
    }

    @Test
    void theFiguresCountExaminedCutAndKeptApps() {
        Exit e = approved();
        fx.clock.advance(Duration.ofDays(31));
        service.noticeEnded(e.id());
        service.confirmOffline(owner, e.id(), List.of("华为应用市场", "苹果 App Store"), true, "回执");
        service.fileDeregistration(owner, e.id(), "注销");
        service.verify(reviewer, e.id(), true, null);
        App other = fx.filed(Hubei.WUHAN_UNIT, "另一个应用", "政策查询");
        service.startByOwner(owner, other.id());

        ExitFigures f = service.figures(supervisor, null);
        assertThat(f.examined()).isEqualTo(2);
        assertThat(f.closed()).isEqualTo(1);
        assertThat(f.exiting()).isEqualTo(1);
        assertThat(f.kept()).isZero();
        assertThat(f.reductionRate()).isEqualByComparingTo("50.0");
        assertThat(service.figures(Actors.supervisor("s", Hubei.YICHANG), null).examined()).isZero();
    }
}
