package org.fingertip.registry.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeState;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeSubject;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.ChangeFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

class RevocationServiceTest {
    private final ChangeFixture fx = new ChangeFixture();
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);

    private App filedWuhanApp() {
        return fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
    }

    @Test
    void aSupervisorOfTheJurisdictionRevokesAFiledAppWithAReasonAndTheOwnerIsNotified() {
        App app = filedWuhanApp();
        RevocationService.Revocation r = fx.revocation.revoke(supervisor, app.id(), "强制下载安装，经督查认定");

        assertThat(r.app().status()).isEqualTo(AppStatus.REVOKED);
        assertThat(r.endedChange()).isNull();
        assertThat(r.overdueItem()).isNull();
        App revoked = fx.reload(app);
        assertThat(revoked.status()).isEqualTo(AppStatus.REVOKED);
        assertThat(revoked.statusSince()).isEqualTo(fx.filing.clock.instant());
        assertThat(revoked.filingNumber()).isEqualTo(app.filingNumber());
        StatusChange last = fx.filing.apps.history(app.id()).get(fx.filing.apps.history(app.id()).size() - 1);
        assertThat(last.actor()).isEqualTo("supervisor.wuhan");
        assertThat(last.reason()).isEqualTo("督查决定撤销备案：强制下载安装，经督查认定");
        assertThat(fx.notices.all()).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("applicant:420100-007");
            assertThat(n.kind()).isEqualTo(NoticeKind.FILING_REVOKED);
            assertThat(n.subjectType()).isEqualTo(NoticeSubject.APP);
            assertThat(n.appId()).isEqualTo(app.id());
            assertThat(n.text()).contains("武汉城管通", app.filingNumber(), "2026-03-02", "强制下载安装，经督查认定");
        });
        assertThat(fx.filing.apps.publicFilings(app.filingNumber(), null, 5)).singleElement().satisfies(p -> {
            assertThat(p.filingStatus()).isEqualTo(PublicFiling.FilingStatus.REVOKED);
        });
    }

    @Test
    void aReasonIsRequiredAndNotTooLong() {
        App app = filedWuhanApp();
        assertThatThrownBy(() -> fx.revocation.revoke(supervisor, app.id(), "  "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reason"));
        assertThatThrownBy(() -> fx.revocation.revoke(supervisor, app.id(), "理".repeat(2001)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
        assertThat(fx.notices.all()).isEmpty();
    }

    @Test
    void onlyASupervisorOfTheJurisdictionRevokes() {
        App app = filedWuhanApp();
        assertThatThrownBy(() -> fx.revocation.revoke(Actors.supervisor("supervisor.yichang", Hubei.YICHANG),
                app.id(), "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.revocation.revoke(Actors.wuhanReviewer(), app.id(), "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.revocation.revoke(Actors.applicant(Hubei.WUHAN_UNIT), app.id(), "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.revocation.revoke(supervisor, 987_654L, "x")).isInstanceOf(NotFoundException.class);
        assertThat(fx.revocation.revoke(Actors.supervisor("supervisor.hubei", Hubei.PROVINCE), app.id(), "省级督查决定")
                .app().status()).isEqualTo(AppStatus.REVOKED);
    }

    @Test
    void onlyAFilingThatStandsCanBeRevokedAndOnlyOnce() {
        App app = filedWuhanApp();
        fx.revocation.revoke(supervisor, app.id(), "违规");
        assertThatThrownBy(() -> fx.revocation.revoke(supervisor, app.id(), "再次撤销"))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("REVOKED"));
        App underReview = fx.filing.passedPreCheck(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "审核中通"));
        assertThatThrownBy(() -> fx.revocation.revoke(supervisor, underReview.id(), "违规"))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("UNDER_REVIEW");
                    assertThat(e.getMessage()).contains("没有备案号");
                });
        assertThat(fx.notices.all()).hasSize(1);
    }

    @Test
    void revokingEndsAnOpenChangeAndTheAppsOtherOpenLedgerItems() {
        App app = filedWuhanApp();
        LedgerItem item = fx.ledger.open(supervisor, app.id(), LedgerCategory.BURDEN, "强制每日签到");
        ChangeFiling change = fx.file(fx.reload(app), Forms.withName(app.form(), "武汉城管通 2.0"));

        RevocationService.Revocation r = fx.revocation.revoke(supervisor, app.id(), "拒不整改");
        assertThat(r.endedChange().id()).isEqualTo(change.id());
        assertThat(r.endedItems()).extracting(LedgerItem::id).containsExactly(item.id());
        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.ENDED);
        assertThat(fx.ledgerItems.byId(item.id()).orElseThrow().state()).isEqualTo(LedgerState.REVOKED);
        App revoked = fx.reload(app);
        assertThat(revoked.status()).isEqualTo(AppStatus.REVOKED);
        assertThat(revoked.form().name()).as("the change was never applied").isEqualTo("武汉城管通");
        assertThat(fx.filing.apps.history(app.id())).extracting(StatusChange::to).endsWith(
                AppStatus.CHANGE_UNDER_REVIEW, AppStatus.FILED, AppStatus.REVOKED);
    }

    @Test
    void aLedgerItemStillOpenAfterItsFinalDeadlineRevokesTheFilingThroughTheSameRule() {
        App app = filedWuhanApp();
        LedgerItem item = fx.ledger.open(supervisor, app.id(), LedgerCategory.BURDEN, "强制每日签到");
        LedgerItem other = fx.ledger.open(supervisor, app.id(), LedgerCategory.DUPLICATE, "与统一平台功能重复");
        assertThatThrownBy(() -> fx.revocation.revokeForOverdueItem(supervisor, item.id(), "逾期未整改"))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> fx.revocation.revokeForOverdueItem(Actors.wuhanReviewer(), item.id(), "逾期未整改"))
                .isInstanceOf(ForbiddenException.class);
        fx.filing.clock.advance(Duration.ofDays(31));
        fx.ledger.deadlinePassed(item.id());

        RevocationService.Revocation r = fx.revocation.revokeForOverdueItem(supervisor, item.id(), "逾期未整改");
        assertThat(r.overdueItem().state()).isEqualTo(LedgerState.REVOKED);
        assertThat(r.endedItems()).extracting(LedgerItem::id).containsExactly(other.id());
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.REVOKED);
        assertThat(fx.filing.apps.history(app.id()).get(fx.filing.apps.history(app.id()).size() - 1).reason())
                .isEqualTo("整改逾期未销号（台账 " + item.id() + "）：逾期未整改");
        assertThat(fx.notices.all()).extracting(Notice::kind).containsExactly(NoticeKind.FILING_REVOKED);
        assertThat(fx.ledgerItems.steps(other.id())).last().satisfies(s -> assertThat(s.note()).contains("本事项终止"));
        assertThat(List.of(fx.ledgerItems.byId(item.id()).orElseThrow().state(),
                fx.ledgerItems.byId(other.id()).orElseThrow().state()))
                .containsOnly(LedgerState.REVOKED);
    }
}
