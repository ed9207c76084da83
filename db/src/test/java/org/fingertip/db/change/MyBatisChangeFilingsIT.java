package org.fingertip.db.change;

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
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeFilings;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.change.ChangeState;
import org.fingertip.registry.change.ChangeStep;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;
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
class MyBatisChangeFilingsIT {
    @Autowired
    ChangeFilings changes;
    @Autowired
    Apps apps;
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    private App filedApp(String name) {
        String code = TestTree.code();
        return apps.save(TestApps.filed(completeForm(tree.cityUnit, name + code), tree.cityUnit,
                "鄂政应备变更" + code + "号", at(0)));
    }

    private static FilingForm renamed(FilingForm f, String name) {
        return new FilingForm(f.ownerDepartmentCode(), name, f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    private ChangeFiling filed(App app, FilingForm proposed) {
        return changes.save(ChangeFiling.file(app.id(), app.displayName(), app.filingNumber(), app.owner(), app.form(),
                tree.countyUnit, proposed, LocalDate.of(2026, 4, 15), "更名并移交区教育局“一网通办”", "zhang.san", at(1)));
    }

    @Test
    void givenAFiledChange_thenEveryFieldAndItsStepReadBack() {
        App app = filedApp("变更测试应用");
        FilingForm proposed = renamed(app.form(), "新名称𠀀🙂");
        ChangeFiling c = filed(app, proposed);

        ChangeFiling read = changes.byId(c.id()).orElseThrow();
        assertThat(read.appId()).isEqualTo(app.id());
        assertThat(read.appName()).isEqualTo(app.displayName());
        assertThat(read.filingNumber()).isEqualTo(app.filingNumber());
        assertThat(read.owner()).isEqualTo(tree.cityUnit);
        assertThat(read.proposedOwner()).isEqualTo(tree.countyUnit);
        assertThat(read.previousForm()).isEqualTo(app.form());
        assertThat(read.proposedForm()).isEqualTo(proposed);
        assertThat(read.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(read.explanation()).isEqualTo("更名并移交区教育局“一网通办”");
        assertThat(read.changedSections()).containsExactly(FormSection.IDENTITY);
        assertThat(read.state()).isEqualTo(ChangeState.UNDER_REVIEW);
        assertThat(read.stateSince()).isEqualTo(at(1));
        assertThat(read.filedBy()).isEqualTo("zhang.san");
        assertThat(read.submittedAt()).isEqualTo(at(1));
        assertThat(read.decidedAt()).isNull();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.diff()).singleElement().satisfies(s -> assertThat(s.fields()).singleElement()
                .satisfies(f -> assertThat(f.after()).isEqualTo("新名称𠀀🙂")));
        assertThat(changes.openFor(app.id())).map(ChangeFiling::id).contains(c.id());
        assertThat(changes.steps(c.id())).singleElement().satisfies(s -> {
            assertThat(s.from()).isNull();
            assertThat(s.to()).isEqualTo(ChangeState.UNDER_REVIEW);
            assertThat(s.actor()).isEqualTo("zhang.san");
            assertThat(s.at()).isEqualTo(at(1));
        });
    }

    @Test
    void givenAReturnARevisionAndAnApproval_thenFindingsGapsReviewsAndStepsRoundTrip() {
        App app = filedApp("变更退回测试");
        ChangeFiling c = filed(app, renamed(app.form(), "改名一"));
        ChangeFiling loaded = changes.byId(c.id()).orElseThrow();
        loaded.recordFindings(List.of(Finding.advisory(FindingCode.PLATFORM_OVERLAP, "functions[0].name", "平台已有")));
        List<Gap> gaps = List.of(new Gap(FormSection.IDENTITY, "新名称须附更名批复"));
        ChangeReview review = new ChangeReview(null, c.id(), ReviewStep.FIRST_REVIEW, Decision.RETURN, "请补正", gaps,
                "li.si", at(2));
        long reviewId = changes.addReview(review);
        loaded.returnForRevision(gaps, "li.si", at(2), "退回：请补正");
        changes.save(loaded);

        ChangeFiling returned = changes.byId(c.id()).orElseThrow();
        assertThat(returned.state()).isEqualTo(ChangeState.RETURNED);
        assertThat(returned.gaps()).containsExactlyElementsOf(gaps);
        assertThat(returned.findings()).singleElement().satisfies(f -> assertThat(f.code())
                .isEqualTo(FindingCode.PLATFORM_OVERLAP));
        assertThat(changes.openFor(app.id())).isPresent();
        assertThat(changes.reviewById(reviewId)).hasValueSatisfying(r -> {
            assertThat(r.changeId()).isEqualTo(c.id());
            assertThat(r.step()).isEqualTo(ReviewStep.FIRST_REVIEW);
            assertThat(r.decision()).isEqualTo(Decision.RETURN);
            assertThat(r.gaps()).containsExactlyElementsOf(gaps);
            assertThat(r.at()).isEqualTo(at(2));
        });

        returned.revise(tree.cityUnit, renamed(app.form(), "改名二"), LocalDate.of(2026, 5, 6), null, "zhang.san", at(3));
        changes.save(returned);
        ChangeFiling revised = changes.byId(c.id()).orElseThrow();
        assertThat(revised.state()).isEqualTo(ChangeState.UNDER_REVIEW);
        assertThat(revised.proposedForm().name()).isEqualTo("改名二");
        assertThat(revised.proposedOwner()).isEqualTo(tree.cityUnit);
        assertThat(revised.effectiveDate()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(revised.explanation()).isNull();
        assertThat(revised.gaps()).isEmpty();

        revised.approve("wang.wu", at(4), "变更通过");
        changes.save(revised);
        ChangeFiling approved = changes.byId(c.id()).orElseThrow();
        assertThat(approved.state()).isEqualTo(ChangeState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("wang.wu");
        assertThat(approved.decidedAt()).isEqualTo(at(4));
        assertThat(changes.openFor(app.id())).isEmpty();
        assertThat(changes.steps(c.id())).extracting(ChangeStep::to).containsExactly(ChangeState.UNDER_REVIEW,
                ChangeState.RETURNED, ChangeState.UNDER_REVIEW, ChangeState.APPROVED);
        assertThat(changes.reviews(c.id())).extracting(ChangeReview::id).containsExactly(reviewId);
    }

    @Test
    void givenAnOpenChange_thenASecondOpenChangeOfTheAppIsAConflictButOneAfterTheDecisionIsNot() {
        App app = filedApp("一次一项变更");
        ChangeFiling first = filed(app, renamed(app.form(), "甲"));
        assertThatThrownBy(() -> filed(app, renamed(app.form(), "乙"))).isInstanceOf(StateConflictException.class);
        // another app is not affected
        App other = filedApp("另一应用");
        filed(other, renamed(other.form(), "丙"));

        ChangeFiling loaded = changes.byId(first.id()).orElseThrow();
        loaded.reject("li.si", at(5), "不符合要求");
        changes.save(loaded);
        ChangeFiling second = filed(app, renamed(app.form(), "丁"));
        assertThat(changes.ofApp(app.id())).extracting(ChangeFiling::id).containsExactly(second.id(), first.id());
        assertThat(changes.openFor(app.id())).map(ChangeFiling::id).contains(second.id());
    }

    @Test
    void givenAStaleCopy_thenSavingItIsAConflict() {
        App app = filedApp("并发变更");
        ChangeFiling c = filed(app, renamed(app.form(), "甲"));
        ChangeFiling one = changes.byId(c.id()).orElseThrow();
        ChangeFiling two = changes.byId(c.id()).orElseThrow();
        one.withdraw("zhang.san", at(6), "不再需要");
        changes.save(one);
        two.reject("li.si", at(6), "不符合要求");
        assertThatThrownBy(() -> changes.save(two)).isInstanceOf(StateConflictException.class);
        assertThat(changes.byId(c.id()).orElseThrow().state()).isEqualTo(ChangeState.WITHDRAWN);
    }
}
