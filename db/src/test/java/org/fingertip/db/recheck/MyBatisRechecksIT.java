package org.fingertip.db.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckOutcome;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckState;
import org.fingertip.registry.recheck.RecheckStep;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Rechecks;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.recheck.VerdictOutcome;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisRechecksIT {
    @Autowired
    Rechecks rechecks;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private Recheck started(Unit owner, Instant now) {
        String code = TestTree.code();
        App app = apps.save(TestApps.filed(completeForm(owner, "复核测试应用" + code), owner,
                "鄂政应备复核" + code + "号", now));
        return rechecks.save(Recheck.start(app.id(), app.displayName(), owner, RecheckTrigger.SUPERVISOR,
                "supervisor.x", now));
    }

    @Test
    void givenAStartedRecheck_thenItReadsBackOpenWithItsStep() {
        Recheck r = started(tree.cityUnit, at(0));

        Recheck read = rechecks.byId(r.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(RecheckState.SELF_INSPECTION);
        assertThat(read.owner()).isEqualTo(tree.cityUnit);
        assertThat(read.trigger()).isEqualTo(RecheckTrigger.SUPERVISOR);
        assertThat(read.computed()).isNull();
        assertThat(read.version()).isEqualTo(1);
        assertThat(rechecks.openFor(r.appId())).map(Recheck::id).contains(r.id());
        assertThat(rechecks.steps(r.id())).singleElement().satisfies(s -> {
            assertThat(s.from()).isNull();
            assertThat(s.to()).isEqualTo(RecheckState.SELF_INSPECTION);
        });
    }

    @Test
    void givenTheWholeZombiePath_thenEveryFieldAndStepRoundTrips() {
        Recheck r = started(tree.cityUnit, at(0));
        r.answerSelfInspection(Verdict.KEEP, "仍在使用", "applicant.x", at(10));
        rechecks.save(r);
        Recheck loaded = rechecks.byId(r.id()).orElseThrow();
        loaded.assessed(new VerdictOutcome(Verdict.EXIT, List.of(RecheckReason.ZOMBIE,
                RecheckReason.DUPLICATE_APP), true), at(20));
        loaded.confirm(Verdict.EXIT, null, "reviewer.x", at(30), 90);
        rechecks.save(loaded);

        Recheck window = rechecks.byId(r.id()).orElseThrow();
        assertThat(window.state()).isEqualTo(RecheckState.ZOMBIE_WINDOW);
        assertThat(window.proposal()).isEqualTo(Verdict.KEEP);
        assertThat(window.statement()).isEqualTo("仍在使用");
        assertThat(window.answeredAt()).isEqualTo(at(10));
        assertThat(window.computed().reasons()).containsExactly(RecheckReason.ZOMBIE, RecheckReason.DUPLICATE_APP);
        assertThat(window.computed().zombie()).isTrue();
        assertThat(window.windowEnds()).isEqualTo(at(30).plus(Duration.ofDays(90)));

        window.appeal("季节性使用", "applicant.x", at(40));
        rechecks.save(window);
        Recheck pending = rechecks.byId(r.id()).orElseThrow();
        pending.decideAppeal(false, "无使用记录", "reviewer.x", at(50));
        rechecks.save(pending);

        Recheck done = rechecks.byId(r.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(RecheckState.CONCLUDED);
        assertThat(done.outcome()).isEqualTo(RecheckOutcome.EXIT_HANDED_OVER);
        assertThat(done.appeal()).isEqualTo("季节性使用");
        assertThat(done.concludedAt()).isEqualTo(at(50));
        assertThat(rechecks.openFor(r.appId())).isEmpty();
        assertThat(rechecks.steps(r.id())).extracting(RecheckStep::to).containsExactly(RecheckState.SELF_INSPECTION,
                RecheckState.SELF_INSPECTION, RecheckState.AWAITING_CONFIRMATION, RecheckState.ZOMBIE_WINDOW,
                RecheckState.APPEAL_PENDING, RecheckState.CONCLUDED);
    }

    @Test
    void givenAStaleCopy_thenSavingIsRefused() {
        Recheck r = started(tree.cityUnit, at(0));
        Recheck first = rechecks.byId(r.id()).orElseThrow();
        Recheck second = rechecks.byId(r.id()).orElseThrow();
        first.selfInspectionMissed(at(5), tree.city.code());
        rechecks.save(first);
        second.answerSelfInspection(Verdict.KEEP, "正常", "applicant.x", at(6));
        assertThatThrownBy(() -> rechecks.save(second)).isInstanceOf(StateConflictException.class);
    }
}
