package org.fingertip.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.time.Duration;
import java.time.Instant;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerItems;
import org.fingertip.registry.ledger.LedgerPage;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.ledger.LedgerSettings;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerState;
import org.fingertip.registry.ledger.LedgerStep;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisLedgerItemsIT {
    @Autowired
    LedgerItems ledger;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private LedgerItem open(Unit owner, LedgerCategory category, Instant now) {
        String code = TestTree.code();
        App app = apps.save(TestApps.filed(completeForm(owner, "台账测试应用" + code), owner,
                "鄂政应备台账" + code + "号", now));
        return ledger.save(LedgerItem.open(app.id(), app.displayName(), owner, category, "强制每日签到，加重基层负担",
                LedgerSource.SUPERVISOR, null, "supervisor.x", now, LedgerSettings.defaults()));
    }

    @Test
    void givenAnOpenedItem_thenItReadsBackWithItsStep() {
        LedgerItem item = open(tree.cityUnit, LedgerCategory.BURDEN, at(0));

        LedgerItem read = ledger.byId(item.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(LedgerState.OPEN);
        assertThat(read.owner()).isEqualTo(tree.cityUnit);
        assertThat(read.finding()).isEqualTo("强制每日签到，加重基层负担");
        assertThat(read.deadline()).isEqualTo(item.deadline());
        assertThat(read.version()).isEqualTo(1);
        assertThat(ledger.steps(item.id())).singleElement().extracting(LedgerStep::to).isEqualTo(LedgerState.OPEN);
    }

    @Test
    void givenReportAndVerification_thenStepsAreAppendedInOrder() {
        LedgerItem item = open(tree.cityUnit, LedgerCategory.BANNED_FEATURE, at(0));
        item.reportFixed("zhang.san", "已下线签到功能", at(10));
        ledger.save(item);
        LedgerItem loaded = ledger.byId(item.id()).orElseThrow();
        loaded.verify("li.si", true, "核验通过", at(20));
        ledger.save(loaded);

        LedgerItem closed = ledger.byId(item.id()).orElseThrow();
        assertThat(closed.state()).isEqualTo(LedgerState.CLOSED);
        assertThat(closed.evidence()).isEqualTo("已下线签到功能");
        assertThat(closed.reportedBy()).isEqualTo("zhang.san");
        assertThat(ledger.steps(item.id())).extracting(LedgerStep::to)
                .containsExactly(LedgerState.OPEN, LedgerState.REPORTED_FIXED, LedgerState.CLOSED);
        assertThat(ledger.hasUnfinished(item.appId(), LedgerSource.SUPERVISOR)).isFalse();
    }

    @Test
    void givenAStaleCopy_thenTheSaveIsRefused() {
        LedgerItem item = open(tree.cityUnit, LedgerCategory.OTHER, at(0));
        LedgerItem first = ledger.byId(item.id()).orElseThrow();
        LedgerItem second = ledger.byId(item.id()).orElseThrow();
        first.reportFixed("a", "已整改", at(1));
        ledger.save(first);
        second.reportFixed("b", "也整改了", at(2));
        assertThatThrownBy(() -> ledger.save(second)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void givenScopeStateCategoryAndOverdueFilters_thenOnlyMatchingItemsAndTheirTotal() {
        LedgerItem city = open(tree.cityUnit, LedgerCategory.BURDEN, at(0));
        LedgerItem county = open(tree.countyUnit, LedgerCategory.SECURITY, at(0));
        LedgerItem other = open(tree.otherCityUnit, LedgerCategory.BURDEN, at(0));
        county.extend("supervisor.x", "等待上架审核", at(1), LedgerSettings.defaults());
        ledger.save(county);

        LedgerPage inCity = ledger.search(new LedgerQuery(tree.city.path(), null, null, null, null, null, 0, 20));
        assertThat(inCity.items()).extracting(LedgerPage.Row::id).containsExactlyInAnyOrder(city.id(), county.id());
        assertThat(inCity.total()).isEqualTo(2);
        assertThat(inCity.items()).filteredOn(r -> r.id() == city.id()).singleElement()
                .satisfies(r -> assertThat(r.ownerUnitName()).isEqualTo(tree.cityUnit.name()));

        String province = tree.province.path();
        assertThat(ledger.search(new LedgerQuery(province, null, null, null, null, LedgerCategory.BURDEN, 0, 20))
                .items()).extracting(LedgerPage.Row::id).containsExactlyInAnyOrder(city.id(), other.id());
        assertThat(ledger.search(new LedgerQuery(province, null, null, null, tree.county.code(), null, 0, 20))
                .items()).extracting(LedgerPage.Row::id).containsExactly(county.id());
        assertThat(ledger.search(new LedgerQuery(province, tree.otherCityUnit.code(), LedgerState.OPEN, null, null,
                null, 0, 20)).items()).extracting(LedgerPage.Row::id).containsExactly(other.id());

        Instant afterFirstDeadline = city.deadline().plus(Duration.ofHours(1));
        assertThat(ledger.search(new LedgerQuery(province, null, null, afterFirstDeadline, null, null, 0, 20))
                .items()).extracting(LedgerPage.Row::id).containsExactlyInAnyOrder(city.id(), other.id());
        assertThat(ledger.search(new LedgerQuery(province, null, null, null, null, null, county.appId(), 0, 20))
                .items()).extracting(LedgerPage.Row::id).containsExactly(county.id());
        LedgerPage paged = ledger.search(new LedgerQuery(province, null, null, null, null, null, 1, 2));
        assertThat(paged.total()).isEqualTo(3);
        assertThat(paged.items()).hasSize(1);
        assertThat(ledger.hasUnfinished(city.appId(), LedgerSource.SUPERVISOR)).isTrue();
        assertThat(ledger.hasUnfinished(city.appId(), LedgerSource.EVALUATION)).isFalse();
    }
}
