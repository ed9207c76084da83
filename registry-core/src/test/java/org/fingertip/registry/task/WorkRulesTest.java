package org.fingertip.registry.task;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

class WorkRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static WorkItem wuhanReview(String assignee, String owner, boolean delegated) {
        return new WorkItem("t1", "pi", "AppFilingProcess", "Task_FirstReview", "市级初审", 7L, "x",
                Hubei.WUHAN_UNIT.code(), Hubei.WUHAN.path(), "reviewer:420100", assignee, owner, delegated, NOW, null,
                null, 10, WorkState.OPEN, null, null, null);
    }

    @Test
    void aTaskGoesOnlyToAnActiveUserOfTheSameRoleAndJurisdiction() {
        WorkItem item = wuhanReview("reviewer-420100", null, false);

        assertThatCode(() -> WorkRules.requireTarget(Actors.reviewer("colleague", Hubei.WUHAN), "colleague", item))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkRules.requireTarget(Actors.yichangReviewer(), "r", item))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("管辖范围");
        assertThatThrownBy(() -> WorkRules.requireTarget(Actors.provinceReviewer(), "r", item))
                .as("the province's reviewers do not work Wuhan's first review").isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> WorkRules.requireTarget(Actors.supervisor("sup", Hubei.WUHAN), "sup", item))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("审核员");
        assertThatThrownBy(() -> WorkRules.requireTarget(null, "ghost", item))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> WorkRules.requireTarget(Actors.reviewer("reviewer-420100", Hubei.WUHAN),
                "reviewer-420100", item)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyTheHolderHandsATaskOn() {
        WorkItem held = wuhanReview("reviewer-420100", null, false);
        Actor holder = Actors.reviewer("reviewer-420100", Hubei.WUHAN);
        Actor colleague = Actors.reviewer("colleague", Hubei.WUHAN);

        assertThatCode(() -> WorkRules.requireHolder(holder, held, "转办")).doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkRules.requireHolder(colleague, held, "转办"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("reviewer-420100");
        assertThatThrownBy(() -> WorkRules.requireHolder(Actors.yichangReviewer(), held, "转办"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> WorkRules.requireHolder(colleague, wuhanReview(null, null, false), "转办"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("请先签收");
    }

    @Test
    void aDelegateMayOnlyResolveAndTheOwnerWaitsForIt() {
        WorkItem delegated = wuhanReview("colleague", "reviewer-420100", true);
        Actor owner = Actors.reviewer("reviewer-420100", Hubei.WUHAN);
        Actor delegate = Actors.reviewer("colleague", Hubei.WUHAN);

        assertThatCode(() -> WorkRules.requireDelegate(delegate, delegated)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkRules.requireDelegate(owner, delegated)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> WorkRules.requireHolder(delegate, delegated, "转办"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("交回");
        assertThatThrownBy(() -> WorkRules.requireHolder(owner, delegated, "转办"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("委派给 colleague");
        assertThatThrownBy(() -> WorkRules.requireDelegate(delegate, wuhanReview("colleague", null, false)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void claimingIsForMembersWhileNobodyHoldsIt() {
        assertThatCode(() -> WorkRules.requireClaimable(Actors.wuhanReviewer(), wuhanReview(null, null, false)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkRules.requireClaimable(Actors.wuhanReviewer(), wuhanReview("x", null, false)))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> WorkRules.requireClaimable(Actors.yichangReviewer(), wuhanReview(null, null, false)))
                .isInstanceOf(ForbiddenException.class);
        WorkItem done = new WorkItem("t1", "pi", "P", "T", "n", 7L, "x", null, null, "reviewer:420100", null, null,
                false, NOW, null, null, null, WorkState.DONE, NOW, "r", "通过");
        assertThatThrownBy(() -> WorkRules.requireClaimable(Actors.wuhanReviewer(), done))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("已办");
    }
}
