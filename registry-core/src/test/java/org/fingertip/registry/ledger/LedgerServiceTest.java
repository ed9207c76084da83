package org.fingertip.registry.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryLedgerItems;
import org.junit.jupiter.api.Test;

class LedgerServiceTest {
    private final FilingFixture fx = new FilingFixture();
    private final InMemoryLedgerItems items = new InMemoryLedgerItems();
    private final LedgerService ledger = new LedgerService(items, fx.apps, LedgerSettings.defaults(), fx.clock);
    private final Actor supervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor reviewer = Actors.wuhanReviewer();

    private LedgerItem openedItem() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        return ledger.open(supervisor, app.id(), LedgerCategory.BURDEN, "强制要求网格员每日签到");
    }

    @Test
    void aSupervisorOpensAnItemDueInThirtyCalendarDaysAtTheEndOfTheDayInShanghai() {
        LedgerItem item = openedItem();
        assertThat(item.state()).isEqualTo(LedgerState.OPEN);
        assertThat(item.source()).isEqualTo(LedgerSource.SUPERVISOR);
        // opened Monday 2026-03-02 09:00 in Shanghai
        assertThat(item.deadline()).isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 4, 1)));
        assertThat(items.steps(item.id())).singleElement().satisfies(s -> {
            assertThat(s.to()).isEqualTo(LedgerState.OPEN);
            assertThat(s.actor()).isEqualTo("supervisor.wuhan");
        });
    }

    @Test
    void onlySupervisorsOfTheJurisdictionOpenItems() {
        App app = fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事");
        assertThatThrownBy(() -> ledger.open(reviewer, app.id(), LedgerCategory.OTHER, "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ledger.open(Actors.supervisor("supervisor.yichang", Hubei.YICHANG), app.id(),
                LedgerCategory.OTHER, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ledger.open(supervisor, app.id(), LedgerCategory.OTHER, " "))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void reportedFixVerifiedByTheCityReviewerClosesTheItem() {
        LedgerItem item = openedItem();
        ledger.reportFixed(owner, item.id(), "已删除签到功能，新版本 2.1 已上架");
        LedgerItem closed = ledger.verify(reviewer, item.id(), true, "经核验已整改");
        assertThat(closed.state()).isEqualTo(LedgerState.CLOSED);
        assertThat(items.steps(item.id())).extracting(LedgerStep::to)
                .containsExactly(LedgerState.OPEN, LedgerState.REPORTED_FIXED, LedgerState.CLOSED);
    }

    @Test
    void aFixSentBackMustBeReportedAgainBeforeItCanClose() {
        LedgerItem item = openedItem();
        ledger.reportFixed(owner, item.id(), "已整改");
        assertThatThrownBy(() -> ledger.verify(reviewer, item.id(), false, " "))
                .isInstanceOf(RuleViolationException.class);
        ledger.verify(reviewer, item.id(), false, "签到入口仍在“我的”页面");
        assertThat(items.byId(item.id()).orElseThrow().state()).isEqualTo(LedgerState.SENT_BACK);
        assertThatThrownBy(() -> ledger.verify(reviewer, item.id(), true, null))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("SENT_BACK"));
        ledger.reportFixed(owner, item.id(), "入口已一并删除");
        assertThat(ledger.verify(reviewer, item.id(), true, null).state()).isEqualTo(LedgerState.CLOSED);
    }

    @Test
    void onlyTheOwnerUnitReportsAndOnlyTheOfficesReviewersVerify() {
        LedgerItem item = openedItem();
        assertThatThrownBy(() -> ledger.reportFixed(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), item.id(), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ledger.reportFixed(reviewer, item.id(), "x")).isInstanceOf(ForbiddenException.class);
        ledger.reportFixed(owner, item.id(), "已整改");
        assertThatThrownBy(() -> ledger.verify(Actors.provinceReviewer(), item.id(), true, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ledger.verify(Actors.yichangReviewer(), item.id(), true, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOneWhoReportedTheFixCannotVerifyIt() {
        LedgerItem item = openedItem();
        Actor both = Actors.applicantAndReviewer("dual.wuhan", Hubei.WUHAN_UNIT, Hubei.WUHAN);
        ledger.reportFixed(both, item.id(), "已整改");
        assertThatThrownBy(() -> ledger.verify(both, item.id(), true, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aPassedDeadlineEscalatesAnItemWaitingForItsOwnerButNotOneWaitingForVerification() {
        LedgerItem waiting = openedItem();
        LedgerItem reported = ledger.open(supervisor, waiting.appId(), LedgerCategory.SECURITY, "未完成等保测评");
        ledger.reportFixed(owner, reported.id(), "已完成测评");
        assertThat(ledger.deadlinePassed(waiting.id())).isFalse();

        fx.clock.advance(Duration.ofDays(31));
        assertThat(ledger.deadlinePassed(waiting.id())).isTrue();
        assertThat(ledger.deadlinePassed(reported.id())).isFalse();
        assertThat(items.byId(waiting.id()).orElseThrow().escalatedAt()).isEqualTo(fx.clock.instant());
    }

    @Test
    void theDeadlineIsExtendedOnceOnly() {
        LedgerItem item = openedItem();
        LedgerItem extended = ledger.extend(supervisor, item.id(), "需要等待应用商店审核");
        assertThat(extended.deadline()).isEqualTo(WorkingCalendar.endOfDay(LocalDate.of(2026, 5, 1)));
        assertThatThrownBy(() -> ledger.extend(supervisor, item.id(), "再次延期"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("只能延期一次");
        assertThatThrownBy(() -> ledger.extend(owner, item.id(), "x")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theLedgerListIsLimitedToTheUnitOrTheJurisdictionAndFiltersOverdueItems() {
        LedgerItem item = openedItem();
        assertThat(ledger.search(owner, null, false, null, null, 0, 20).items()).extracting(LedgerPage.Row::id)
                .containsExactly(item.id());
        assertThat(ledger.search(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), null, false, null, null, 0, 20).total())
                .isZero();
        assertThat(ledger.search(Actors.yichangReviewer(), null, false, null, null, 0, 20).total()).isZero();
        assertThat(ledger.search(supervisor, null, true, null, null, 0, 20).total()).isZero();
        fx.clock.advance(Duration.ofDays(31));
        assertThat(ledger.search(supervisor, null, true, null, LedgerCategory.BURDEN, 0, 20).items())
                .extracting(LedgerPage.Row::id).containsExactly(item.id());
    }

    @Test
    void anAppsItemsAreListedForItsUnitAndItsJurisdictionOnly() {
        LedgerItem first = openedItem();
        App other = fx.filed(Hubei.WUHAN_UNIT, "武汉另一个通", "政策查询");
        ledger.open(supervisor, other.id(), LedgerCategory.OTHER, "另一个应用的问题");
        App app = fx.apps.byId(first.appId()).orElseThrow();

        assertThat(ledger.ofApp(supervisor, app, 20).items()).extracting(LedgerPage.Row::id).containsExactly(first.id());
        assertThat(ledger.ofApp(owner, app, 20).total()).isEqualTo(1);
        assertThat(ledger.ofApp(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), app, 20).total()).isZero();
        assertThat(ledger.ofApp(Actors.yichangReviewer(), app, 20).total()).isZero();
    }
}
