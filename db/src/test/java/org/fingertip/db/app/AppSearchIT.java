package org.fingertip.db.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.DivisionLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each test searches a province of its own, so totals are exact even on a database with earlier runs' rows. */
@SpringBootTest
class AppSearchIT {
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;
    App provincial;
    App cityDraft;
    App cityFiled;
    App countyMiniProgram;
    App township;
    App otherCity;

    @BeforeEach
    void sixAppsAcrossTheProvince() {
        tree = TestTree.saved(departments);
        provincial = apps.save(TestApps.draft(tree.provincialUnit, "省级政务服务", at(1)));
        cityDraft = apps.save(TestApps.draft(tree.cityUnit, "江城办草稿", at(2)));
        cityFiled = apps.save(TestApps.filed(completeForm(tree.cityUnit, "江城办"), tree.cityUnit,
                "测政应备" + tree.province.code() + "-1号", at(3)));
        countyMiniProgram = apps.save(TestApps.underReview(
                completeForm(tree.countyUnit, "江岸教育", AppKind.MINI_PROGRAM, "成绩查询"), tree.countyUnit, at(4)));
        township = apps.save(TestApps.draft(tree.townshipUnit, "花桥社区通", at(5)));
        otherCity = apps.save(TestApps.draft(tree.otherCityUnit, "襄州健康", at(6)));
    }

    @Test
    void givenTheProvinceScope_thenAllItsAppsNewestFirstWithTheirOwners() {
        AppPage page = apps.search(query(tree.province.path()));

        assertThat(page.total()).isEqualTo(6);
        assertThat(ids(page)).containsExactly(otherCity.id(), township.id(), countyMiniProgram.id(), cityFiled.id(),
                cityDraft.id(), provincial.id());
        AppSummary county = page.items().get(2);
        assertThat(county).isEqualTo(new AppSummary(countyMiniProgram.id(), "江岸教育", AppKind.MINI_PROGRAM,
                Audience.PUBLIC, AppStatus.UNDER_REVIEW, null, tree.countyUnit.code(), "区教育局", DivisionLevel.COUNTY,
                at(4)));
    }

    @Test
    void givenCountsByStatus_thenEachIsTheTotalOfTheSameSearchWithThatStatus() {
        for (AppQuery q : List.of(new AppQuery(tree.city.path(), null, null, null, null, null, null, 0, 20, false),
                new AppQuery(tree.city.path(), tree.cityUnit.code(), null, null, null, null, null, 0, 20, true))) {
            java.util.Map<AppStatus, Long> counts = apps.countByStatus(q);
            for (AppStatus s : AppStatus.values()) {
                long total = apps.search(new AppQuery(q.scopePath(), q.ownerUnitCode(), s, null, null, null, null, 0,
                        20, q.includeDrafts())).total();
                assertThat(counts.getOrDefault(s, 0L)).as("%s in %s", s, q).isEqualTo(total);
            }
        }
        assertThat(apps.countByStatus(new AppQuery(tree.city.path(), tree.cityUnit.code(), null, null, null, null,
                null, 0, 20, true))).containsOnly(java.util.Map.entry(AppStatus.DRAFT, 1L),
                java.util.Map.entry(AppStatus.FILED, 1L));
    }

    @Test
    void givenACityScope_thenOnlyItsSubtree() {
        AppPage page = apps.search(query(tree.city.path()));

        assertThat(ids(page)).containsExactlyInAnyOrder(cityDraft.id(), cityFiled.id(), countyMiniProgram.id(),
                township.id());
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void givenASearchWithoutDrafts_thenDraftsAreLeftOutOfThePageAndTheTotal() {
        AppPage page = apps.search(new AppQuery(tree.city.path(), null, null, null, null, null, null, 0, 20, false));

        assertThat(ids(page)).containsExactlyInAnyOrder(cityFiled.id(), countyMiniProgram.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(apps.search(new AppQuery(tree.city.path(), null, AppStatus.DRAFT, null, null, null, null, 0, 20,
                false)).total()).isZero();
    }

    @Test
    void givenEachFilter_thenOnlyTheAppsMatchingIt() {
        String scope = tree.province.path();
        assertThat(ids(apps.search(new AppQuery(scope, null, AppStatus.DRAFT, null, null, null, null, 0, 20))))
                .containsExactlyInAnyOrder(provincial.id(), cityDraft.id(), township.id(), otherCity.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, AppKind.MINI_PROGRAM, null, null, null, 0, 20))))
                .containsExactly(countyMiniProgram.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, DivisionLevel.CITY, null, null, 0, 20))))
                .containsExactlyInAnyOrder(cityDraft.id(), cityFiled.id(), otherCity.id());
        assertThat(ids(apps.search(new AppQuery(scope, tree.cityUnit.code(), null, null, null, null, null, 0, 20))))
                .containsExactlyInAnyOrder(cityDraft.id(), cityFiled.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, AppStatus.DRAFT, null, DivisionLevel.CITY, null, null, 0,
                20)))).containsExactlyInAnyOrder(cityDraft.id(), otherCity.id());
    }

    @Test
    void givenADepartmentCode_thenAUnitExactlyOrADivisionWithEverythingBelowIt() {
        String scope = tree.province.path();
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, tree.countyUnit.code(), null, 0, 20))))
                .containsExactly(countyMiniProgram.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, tree.county.code(), null, 0, 20))))
                .containsExactlyInAnyOrder(countyMiniProgram.id(), township.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, tree.otherCity.code(), null, 0, 20))))
                .containsExactly(otherCity.id());
    }

    @Test
    void givenPagesOfTwo_thenEachPageHoldsItsSliceAndTheTotalOfAll() {
        String scope = tree.province.path();
        AppPage first = apps.search(new AppQuery(scope, null, null, null, null, null, null, 0, 2));
        AppPage third = apps.search(new AppQuery(scope, null, null, null, null, null, null, 2, 2));
        AppPage beyond = apps.search(new AppQuery(scope, null, null, null, null, null, null, 3, 2));

        assertThat(ids(first)).containsExactly(otherCity.id(), township.id());
        assertThat(ids(third)).containsExactly(cityDraft.id(), provincial.id());
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), third.total(), beyond.total())).containsOnly(6L);
        assertThat(third.page()).isEqualTo(2);
        assertThat(third.size()).isEqualTo(2);
    }

    @Test
    void givenAKeyword_thenNameOrFilingNumberContainIt() {
        String scope = tree.province.path();
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, "江城办", 0, 20))))
                .containsExactlyInAnyOrder(cityDraft.id(), cityFiled.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, tree.province.code() + "-1", 0, 20))))
                .containsExactly(cityFiled.id());
    }

    @Test
    void givenAKeywordWithPercentOrUnderscore_thenTheyAreTakenLiterally() {
        App percent = apps.save(TestApps.draft(tree.cityUnit, "覆盖率100%助手", at(7)));
        App digits = apps.save(TestApps.draft(tree.cityUnit, "覆盖率1000助手", at(8)));
        App underscore = apps.save(TestApps.draft(tree.cityUnit, "a_b办事", at(9)));
        apps.save(TestApps.draft(tree.cityUnit, "axb办事", at(10)));
        App bang = apps.save(TestApps.draft(tree.cityUnit, "通知!公告", at(11)));
        String scope = tree.province.path();

        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, "100%", 0, 20))))
                .containsExactly(percent.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, "率100", 0, 20))))
                .containsExactlyInAnyOrder(percent.id(), digits.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, "a_b", 0, 20))))
                .containsExactly(underscore.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, "%", 0, 20))))
                .containsExactly(percent.id());
        assertThat(ids(apps.search(new AppQuery(scope, null, null, null, null, null, "!", 0, 20))))
                .containsExactly(bang.id());
    }

    @Test
    void givenAnUnnamedDraft_thenItIsListedAsUnnamed() {
        var empty = new org.fingertip.registry.form.FilingForm(null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        App unnamed = apps.save(App.draft(empty, tree.cityUnit, TestApps.APPLICANT, at(20), null));

        AppSummary first = apps.search(query(tree.province.path())).items().get(0);

        assertThat(first.id()).isEqualTo(unnamed.id());
        assertThat(first.name()).isEqualTo("（未命名）");
        assertThat(first.kind()).isNull();
    }

    private static AppQuery query(String scope) {
        return new AppQuery(scope, null, null, null, null, null, null, 0, 20);
    }

    private static List<Long> ids(AppPage page) {
        return page.items().stream().map(AppSummary::id).toList();
    }
}
