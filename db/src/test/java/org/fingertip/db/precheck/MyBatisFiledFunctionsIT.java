package org.fingertip.db.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.APPLICANT;
import static org.fingertip.db.TestApps.REVIEWER;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.util.List;
import java.util.Set;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.precheck.FiledFunctions;
import org.fingertip.registry.precheck.FiledFunctions.SharedFunctions;
import org.fingertip.registry.precheck.FunctionNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisFiledFunctionsIT {
    static final Set<String> ASKED = Set.of("在线办事", "政策查询", "预约挂号", "从未有过的功能");

    @Autowired
    FiledFunctions filedFunctions;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;
    int numbers;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    @Test
    void givenFiledAppsInTheCity_thenEachWithHowManyOfTheAskedNamesItOffers() {
        App three = filed(tree.cityUnit, "江城办", "在线办事", "政策查询", "预约挂号", "公积金提取");
        App one = filed(tree.countyUnit, "江岸教育", "在线 办事。", "成绩查询");

        List<SharedFunctions> shared = filedFunctions.filedAppsSharing(tree.city.path(), ASKED, -1);

        assertThat(shared).containsExactly(
                new SharedFunctions(three.id(), "江城办", three.filingNumber(), 3),
                new SharedFunctions(one.id(), "江岸教育", one.filingNumber(), 1));
    }

    @Test
    void givenAppsOutsideTheSubtreeWithoutAValidFilingOrExcluded_thenTheyAreLeftOut() {
        filed(tree.otherCityUnit, "襄州办", "在线办事", "政策查询");
        apps.save(App.draft(completeForm(tree.cityUnit, "江城草稿", AppKind.APP, "在线办事", "政策查询"), tree.cityUnit,
                APPLICANT, at(0), null));
        App revoked = filed(tree.cityUnit, "已撤销的应用", "在线办事");
        revoked.revoke(REVIEWER, at(9), "整改逾期未销号");
        apps.save(revoked);
        App itself = filed(tree.cityUnit, "申请本身", "在线办事", "政策查询");

        assertThat(filedFunctions.filedAppsSharing(tree.city.path(), ASKED, itself.id())).isEmpty();
        assertThat(filedFunctions.filedAppsSharing(tree.city.path(), ASKED, -1))
                .extracting(SharedFunctions::appId).containsExactly(itself.id());
    }

    @Test
    void givenAnAppUnderRecheckOrRectifying_thenItsFilingIsStillValidAndItsFunctionsCount() {
        App recheck = filed(tree.cityUnit, "复核中的应用", "在线办事");
        recheck.startRecheck(REVIEWER, at(9), "年度复核");
        apps.save(recheck);
        App rectifying = filed(tree.cityUnit, "整改中的应用", "政策查询");
        rectifying.startRecheck(REVIEWER, at(9), "年度复核");
        rectifying.startRectification(REVIEWER, at(10), "复核结论：整改");
        apps.save(rectifying);

        assertThat(filedFunctions.filedAppsSharing(tree.city.path(), ASKED, -1))
                .extracting(SharedFunctions::appId).containsExactlyInAnyOrder(recheck.id(), rectifying.id());
    }

    @Test
    void givenAFunctionListedTwice_thenItCountsOnce() {
        App app = filed(tree.cityUnit, "江城办", "在线办事", "在线办事！", "政策查询");

        assertThat(filedFunctions.filedAppsSharing(tree.city.path(), ASKED, -1))
                .containsExactly(new SharedFunctions(app.id(), "江城办", app.filingNumber(), 2));
    }

    @Test
    void givenARevisedForm_thenOnlyItsCurrentFunctionsCount() {
        App app = apps.save(App.draft(completeForm(tree.cityUnit, "江城办", AppKind.APP, "在线办事", "政策查询"),
                tree.cityUnit, APPLICANT, at(0), null));
        app.reviseForm(completeForm(tree.cityUnit, "江城办", AppKind.APP, "预约挂号"), tree.cityUnit);
        app.submit(APPLICANT, at(1));
        app.file(number(), REVIEWER, at(2));
        apps.save(app);

        assertThat(filedFunctions.filedAppsSharing(tree.city.path(), ASKED, -1))
                .containsExactly(new SharedFunctions(app.id(), "江城办", app.filingNumber(), 1));
    }

    @Test
    void givenNoNames_thenNothingIsAsked() {
        filed(tree.cityUnit, "江城办", "在线办事");

        assertThat(filedFunctions.filedAppsSharing(tree.city.path(), Set.of(), -1)).isEmpty();
    }

    @Test
    void givenTheProvincePath_thenBothCitiesCount() {
        filed(tree.cityUnit, "江城办", "在线办事");
        filed(tree.otherCityUnit, "襄州办", FunctionNames.normalise("政策 查询"));

        assertThat(filedFunctions.filedAppsSharing(tree.province.path(), ASKED, -1)).hasSize(2);
    }

    private App filed(Unit owner, String name, String... functions) {
        return apps.save(TestApps.filed(completeForm(owner, name, AppKind.APP, functions), owner, number(), at(1)));
    }

    private String number() {
        return "测政应备" + tree.province.code() + "-" + (++numbers) + "号";
    }
}
