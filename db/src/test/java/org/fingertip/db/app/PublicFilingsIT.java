package org.fingertip.db.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fingertip.db.TestApps.REVIEWER;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.app.PublicFiling.FilingStatus;
import org.fingertip.registry.department.Departments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PublicFilingsIT {
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;
    String name;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
        name = "公示查询" + tree.suffix;
    }

    @Test
    void givenFiledRevokedAndDeregisteredApps_thenEachWithItsStandingSinceTheRightDate() {
        App valid = save(TestApps.filed(completeForm(tree.cityUnit, name + "有效"), tree.cityUnit, number(1), at(1)));
        App inRecheck = TestApps.filed(completeForm(tree.cityUnit, name + "复核"), tree.cityUnit, number(2), at(2));
        inRecheck.startRecheck(REVIEWER, at(20), "年度复核");
        save(inRecheck);
        App revoked = TestApps.filed(completeForm(tree.cityUnit, name + "撤销"), tree.cityUnit, number(3), at(3));
        revoked.revoke(REVIEWER, at(30), "整改逾期未完成");
        save(revoked);
        App exited = TestApps.filed(completeForm(tree.countyUnit, name + "注销"), tree.countyUnit, number(4), at(4));
        exited.startExit(REVIEWER, at(40), "功能并入统一平台");
        exited.deregister(REVIEWER, at(41), "已下架并注销");
        save(exited);

        List<PublicFiling> found = apps.publicFilings(null, name, 10);

        assertThat(found).containsExactlyInAnyOrder(
                new PublicFiling(number(1), name + "有效", AppKind.APP, "市政务服务和大数据管理局", FilingStatus.VALID, at(1)),
                new PublicFiling(number(2), name + "复核", AppKind.APP, "市政务服务和大数据管理局", FilingStatus.VALID, at(2)),
                new PublicFiling(number(3), name + "撤销", AppKind.APP, "市政务服务和大数据管理局", FilingStatus.REVOKED,
                        at(30)),
                new PublicFiling(number(4), name + "注销", AppKind.APP, "区教育局", FilingStatus.DEREGISTERED, at(41)));
        assertThat(valid.id()).isNotNull();
    }

    @Test
    void givenDraftsAndRefusedApplications_thenTheyAreNeverShown() {
        save(TestApps.draft(tree.cityUnit, name + "草稿", at(1)));
        App underReview = save(TestApps.underReview(completeForm(tree.cityUnit, name + "审核中"), tree.cityUnit, at(2)));
        App rejected = TestApps.underReview(completeForm(tree.cityUnit, name + "不予备案"), tree.cityUnit, at(3));
        rejected.reject(REVIEWER, at(4), "重复建设");
        save(rejected);
        save(TestApps.filed(completeForm(tree.cityUnit, name + "已备案"), tree.cityUnit, number(1), at(5)));

        assertThat(apps.publicFilings(null, name, 10)).extracting(PublicFiling::name).containsExactly(name + "已备案");
        assertThat(underReview.filingNumber()).isNull();
    }

    @Test
    void givenAnExactNumber_thenThatFilingOnly() {
        save(TestApps.filed(completeForm(tree.cityUnit, name + "甲"), tree.cityUnit, number(1), at(1)));
        save(TestApps.filed(completeForm(tree.cityUnit, name + "乙"), tree.cityUnit, number(11), at(2)));

        assertThat(apps.publicFilings(number(1), null, 10)).extracting(PublicFiling::name).containsExactly(name + "甲");
        assertThat(apps.publicFilings(number(1).substring(2), null, 10)).isEmpty();
    }

    @Test
    void givenMoreMatchesThanTheLimit_thenTheLimitAndNothingForAnEmptyQuery() {
        for (int i = 1; i <= 3; i++) {
            save(TestApps.filed(completeForm(tree.cityUnit, name + i), tree.cityUnit, number(i), at(i)));
        }

        assertThat(apps.publicFilings(null, name, 2)).hasSize(2);
        assertThat(apps.publicFilings(" ", null, 10)).isEmpty();
    }

    private App save(App app) {
        return apps.save(app);
    }

    private String number(int n) {
        return "测政应备" + tree.province.code() + "-" + n + "号";
    }
}
