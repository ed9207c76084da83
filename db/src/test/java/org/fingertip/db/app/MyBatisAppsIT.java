package org.fingertip.db.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.db.TestApps.APPLICANT;
import static org.fingertip.db.TestApps.REVIEWER;
import static org.fingertip.db.TestApps.at;
import static org.fingertip.db.TestApps.completeForm;

import java.util.List;

import org.fingertip.db.TestApps;
import org.fingertip.db.TestTree;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.precheck.FindingCode;
import org.fingertip.registry.shared.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisAppsIT {
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    @Test
    void givenAFullFormWithFindingsAndGaps_thenItReadsBackEqual() {
        FilingForm form = completeForm(tree.countyUnit, "江岸“指尖”政务通", AppKind.MINI_PROGRAM, "在线办事", "政策查询");
        App app = TestApps.underReview(form, tree.countyUnit, at(0));
        List<Finding> findings = List.of(
                new Finding(FindingCode.DUPLICATE_APP, "与已备案应用“江城办”有 2 项相同功能", "functions", false, 42L),
                Finding.blocking(FindingCode.BANNED_FEATURE, "functions[1].name", "功能“每日打卡”属于“五个不得”"));
        app.recordFindings(findings);
        List<Gap> gaps = List.of(new Gap(FormSection.FUNCTIONS, "请删除打卡功能"),
                new Gap(FormSection.ACCEPTANCE, "验收结论须加盖公章"));
        app.returnForRevision(gaps, REVIEWER, at(5), "请补正");
        apps.save(app);

        App loaded = apps.byId(app.id()).orElseThrow();

        assertThat(loaded.form()).isEqualTo(form);
        assertThat(loaded.form().acceptance().date()).hasToString("2025-12-31");
        assertThat(loaded.owner()).isEqualTo(tree.countyUnit);
        assertThat(loaded.owner().division().path()).isEqualTo(tree.county.path());
        assertThat(loaded.status()).isEqualTo(AppStatus.RETURNED);
        assertThat(loaded.statusSince()).isEqualTo(at(5));
        assertThat(loaded.findings()).isEqualTo(findings);
        assertThat(loaded.gaps()).isEqualTo(gaps);
        assertThat(loaded.createdBy()).isEqualTo(APPLICANT);
        assertThat(loaded.createdAt()).isEqualTo(at(0));
        assertThat(loaded.submittedBy()).isEqualTo(APPLICANT);
        assertThat(loaded.previousAppId()).isNull();
        assertThat(loaded.filingNumber()).isNull();
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.newChanges()).isEmpty();
    }

    @Test
    void givenAFiledApp_thenNumberAndFilingDateReadBack() {
        String number = "测政应备" + tree.province.code() + "-1号";
        App app = apps.save(TestApps.filed(completeForm(tree.cityUnit, "江城办"), tree.cityUnit, number, at(3)));

        App loaded = apps.byId(app.id()).orElseThrow();

        assertThat(loaded.filingNumber()).isEqualTo(number);
        assertThat(loaded.filedAt()).isEqualTo(at(3));
        assertThat(loaded.status()).isEqualTo(AppStatus.FILED);
    }

    @Test
    void givenAnEmptyDraft_thenItSavesAndReadsBack() {
        FilingForm empty = new FilingForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
        App app = apps.save(App.draft(empty, tree.cityUnit, APPLICANT, at(0), null));

        App loaded = apps.byId(app.id()).orElseThrow();

        assertThat(loaded.form()).isEqualTo(empty);
        assertThat(loaded.displayName()).isEqualTo("（未命名）");
    }

    @Test
    void givenAReFiling_thenItPointsAtThePreviousApplication() {
        App first = TestApps.underReview(completeForm(tree.cityUnit, "江城办"), tree.cityUnit, at(0));
        first.reject(REVIEWER, at(1), "与统一平台功能重复");
        apps.save(first);

        App again = apps.save(App.draft(completeForm(tree.cityUnit, "江城办"), tree.cityUnit, APPLICANT, at(2), first));

        assertThat(apps.byId(again.id()).orElseThrow().previousAppId()).isEqualTo(first.id());
    }

    @Test
    void givenSeveralSaves_thenTransitionsAreAppendedOldestFirst() {
        App app = apps.save(TestApps.draft(tree.cityUnit, "江城办", at(0)));
        app.submit(APPLICANT, at(1));
        apps.save(app);
        app = apps.byId(app.id()).orElseThrow();
        app.returnForRevision(List.of(new Gap(FormSection.HANDLER, "经办人电话无法接通")), REVIEWER, at(2), "初审退回：请核实");
        app.submit(APPLICANT, at(3));
        apps.save(app);

        List<StatusChange> history = apps.history(app.id());

        assertThat(history).extracting(StatusChange::from).containsExactly(
                null, AppStatus.DRAFT, AppStatus.UNDER_REVIEW, AppStatus.RETURNED);
        assertThat(history).extracting(StatusChange::to).containsExactly(
                AppStatus.DRAFT, AppStatus.UNDER_REVIEW, AppStatus.RETURNED, AppStatus.UNDER_REVIEW);
        assertThat(history.get(2)).isEqualTo(new StatusChange(AppStatus.UNDER_REVIEW, AppStatus.RETURNED, REVIEWER,
                at(2), "初审退回：请核实"));
        assertThat(history).extracting(StatusChange::at).containsExactly(at(0), at(1), at(2), at(3));
        assertThat(app.version()).isEqualTo(3);
        assertThat(app.newChanges()).isEmpty();
    }

    @Test
    void givenTwoCopiesOfOneApp_thenTheStaleOneIsRefusedAndNothingOfItIsStored() {
        App saved = apps.save(TestApps.draft(tree.cityUnit, "江城办", at(0)));
        App mine = apps.byId(saved.id()).orElseThrow();
        App theirs = apps.byId(saved.id()).orElseThrow();
        theirs.submit(APPLICANT, at(1));
        apps.save(theirs);

        mine.withdraw(APPLICANT, at(2), "不再建设");

        assertThatThrownBy(() -> apps.save(mine))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e).hasMessage("此应用已被他人修改，请刷新后重试");
                    assertThat(e.currentState()).isEqualTo("UNDER_REVIEW");
                });
        assertThat(apps.byId(saved.id()).orElseThrow().status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(apps.history(saved.id())).extracting(StatusChange::to)
                .containsExactly(AppStatus.DRAFT, AppStatus.UNDER_REVIEW);
    }

    @Test
    void givenAnUnknownId_thenNothingIsFound() {
        assertThat(apps.byId(-1)).isEmpty();
        assertThat(apps.history(-1)).isEmpty();
    }
}
