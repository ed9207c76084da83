package org.fingertip.db.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.time.LocalDate;
import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.exit.DataDisposition;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitSettings;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.ExitStep;
import org.fingertip.registry.exit.ExitTrigger;
import org.fingertip.registry.exit.Exits;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisExitsIT {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    Exits exits;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private App filed(Unit owner) {
        String code = TestTree.code();
        return apps.save(TestApps.filed(completeForm(owner, "退出测试应用" + code), owner, "鄂政应备退出" + code + "号",
                at(0)));
    }

    private Exit started(App app, LocalDate deadline) {
        return exits.save(Exit.start(new Exit.Start(app.id(), app.displayName(), app.owner(),
                deadline == null ? ExitTrigger.OWNER : ExitTrigger.SUPERVISOR_DIRECTION, null, ExitReason.VOLUNTARY,
                deadline == null ? null : "supervisor.x", deadline, deadline, null, "applicant.x", at(1))));
    }

    private static ExitPlan plan(boolean toPlatform) {
        return new ExitPlan(toPlatform ? ExitReason.INTEGRATED : ExitReason.ZOMBIE, toPlatform ? "鄂汇办" : null,
                toPlatform, toPlatform ? List.of(new ExitPlan.FunctionMove("在线办事", "鄂汇办·办事")) : List.of(),
                List.of(new ExitPlan.DataPlan("办件记录", DataDisposition.ARCHIVE, 10),
                        new ExitPlan.DataPlan("用户账号", DataDisposition.DESTROY, null)),
                "本应用将停止服务，请改用鄂汇办。", TODAY.plusDays(30));
    }

    @Test
    void givenAWholeExit_thenThePlanDetailsAndStepsRoundTrip() {
        App app = filed(tree.cityUnit);
        Exit e = started(app, null);
        e.filePlan(plan(false), TODAY, ExitSettings.defaults(), "applicant.x", at(2));
        exits.save(e);
        Exit loaded = exits.byId(e.id()).orElseThrow();
        loaded.approvePlan("同意", TODAY, ExitSettings.defaults(), "reviewer.x", at(3));
        loaded.noticeEnded(at(4));
        loaded.confirmOffline(List.of("华为应用市场", "苹果 App Store"), true, "回执", java.util.Set.of("华为应用市场"), at(9),
                "applicant.x", at(5));
        loaded.deregistrationOverdue(at(10));
        exits.save(loaded);

        Exit read = exits.byId(e.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(ExitState.DEREGISTRATION);
        assertThat(read.plan()).isEqualTo(plan(false));
        assertThat(read.offlineDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(read.noticePublishedAt()).isEqualTo(at(3));
        assertThat(read.storesDelisted()).containsExactly("华为应用市场", "苹果 App Store");
        assertThat(read.offlineEvidence()).isEqualTo("回执");
        assertThat(read.deregistrationDue()).isEqualTo(at(9));
        assertThat(read.deregistrationLate()).isTrue();
        assertThat(read.owner()).isEqualTo(tree.cityUnit);
        assertThat(exits.steps(e.id())).extracting(ExitStep::action).containsExactly("启动退出", "提交退出方案",
                "批准退出方案", "发布公告", "公告期满", "确认下架停服", "注销逾期");
        assertThat(exits.openFor(app.id())).map(Exit::id).contains(e.id());
    }

    @Test
    void givenAnOpenExit_thenASecondIsRefusedAndAStaleSaveToo() {
        App app = filed(tree.cityUnit);
        Exit e = started(app, null);
        assertThatThrownBy(() -> started(app, null)).isInstanceOf(StateConflictException.class);
        Exit a = exits.byId(e.id()).orElseThrow();
        Exit b = exits.byId(e.id()).orElseThrow();
        a.filePlan(plan(false), TODAY, ExitSettings.defaults(), "applicant.x", at(2));
        exits.save(a);
        b.filePlan(plan(true), TODAY, ExitSettings.defaults(), "applicant.x", at(2));
        assertThatThrownBy(() -> exits.save(b)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void givenExitsOfTwoCities_thenSearchPublishedAndOverdueStayInScope() {
        App city = filed(tree.cityUnit);
        App other = filed(tree.otherCityUnit);
        Exit directed = started(city, TODAY.plusDays(30));
        Exit published = started(other, null);
        published.filePlan(plan(false), TODAY, ExitSettings.defaults(), "applicant.x", at(2));
        published.approvePlan(null, TODAY, ExitSettings.defaults(), "reviewer.x", at(3));
        exits.save(published);

        ExitPage inCity = exits.search(tree.city.path(), null, null, null, false, 0, 10);
        assertThat(inCity.items()).extracting(ExitPage.Row::id).containsExactly(directed.id());
        assertThat(inCity.total()).isEqualTo(1);
        assertThat(inCity.items().get(0).filingNumber()).startsWith("鄂政应备退出");
        assertThat(exits.search(tree.city.path(), null, null, TODAY.plusDays(31), false, 0, 10).items())
                .extracting(ExitPage.Row::id).containsExactly(directed.id());
        assertThat(exits.search(tree.city.path(), null, null, TODAY.plusDays(30), false, 0, 10).items()).isEmpty();
        assertThat(exits.search(tree.province.path(), ExitState.NOTICE, tree.otherCityUnit.code(), null, false, 0, 10)
                .items()).extracting(ExitPage.Row::id).containsExactly(published.id());
        ExitPage notices = exits.published(other.displayName(), 0, 10);
        assertThat(notices.items()).singleElement().satisfies(r -> {
            assertThat(r.userNotice()).isEqualTo("本应用将停止服务，请改用鄂汇办。");
            assertThat(r.reason()).isEqualTo(ExitReason.ZOMBIE);
        });
    }

    @Test
    void givenExitsInAProvince_thenTheFiguresCountEachAppByItsNewestExit() {
        App closedApp = filed(tree.countyUnit);
        App exitingApp = filed(tree.countyUnit);
        filed(tree.countyUnit);
        Exit done = started(closedApp, null);
        done.filePlan(plan(false), TODAY, ExitSettings.defaults(), "a", at(2));
        done.approvePlan(null, TODAY, ExitSettings.defaults(), "r", at(3));
        done.noticeEnded(at(4));
        done.confirmOffline(List.of("x"), true, "回执", java.util.Set.of("x"), at(9), "a", at(5));
        done.fileDeregistration("注销", "a", at(6));
        done.verified(null, "r", at(7));
        exits.save(done);
        started(exitingApp, null);

        ExitFigures f = exits.figures(tree.county.path());
        assertThat(f.examined()).isEqualTo(2);
        assertThat(f.closed()).isEqualTo(1);
        assertThat(f.integrated()).isZero();
        assertThat(f.exiting()).isEqualTo(1);
        assertThat(f.kept()).isZero();
        assertThat(exits.openFor(closedApp.id())).isEmpty();
        assertThat(exits.latestFor(closedApp.id())).map(Exit::state).contains(ExitState.EXITED);
    }
}
