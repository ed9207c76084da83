package org.fingertip.registry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.precheck.FindingCode;
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

class ChangeServiceTest {
    private final ChangeFixture fx = new ChangeFixture();
    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);

    private App filedWuhanApp() {
        return fx.filed(Hubei.WUHAN_UNIT, "武汉城管通", "在线办事", "案件查询");
    }

    private static FilingForm renamedWithANewFunction(App app) {
        FilingForm renamed = Forms.withName(app.form(), "武汉城管通 2.0");
        return Forms.withFunctions(renamed, Forms.service("在线办事"), Forms.service("案件查询"),
                Forms.service("违停随手拍举报"));
    }

    private ChangeFiling approvedThrough(ChangeFiling change) {
        if (ReviewStep.firstReviewNeeded(change.owner())) {
            fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.APPROVE, "初审通过", List.of());
        }
        ChangeReview approval = fx.decide(change, ReviewStep.PROVINCIAL_REVIEW, Decision.APPROVE, "同意变更", List.of());
        fx.service.approve(change.id(), approval.id());
        return fx.reload(change);
    }

    // ---- filing a change ---------------------------------------------------------------------------------------------

    @Test
    void aChangeOfAFiledAppIsUnderReviewForOnlyTheSectionsThatDiffer() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.file(app, renamedWithANewFunction(app));

        assertThat(change.state()).isEqualTo(ChangeState.UNDER_REVIEW);
        assertThat(change.changedSections()).containsExactly(FormSection.IDENTITY, FormSection.FUNCTIONS);
        assertThat(change.diff()).flatExtracting(SectionChange::fields).extracting(FieldChange::field)
                .containsExactly("name", "functions[2]");
        assertThat(change.previousForm()).isEqualTo(app.form());
        assertThat(change.filingNumber()).isEqualTo(app.filingNumber());
        assertThat(change.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        App changing = fx.reload(app);
        assertThat(changing.status()).isEqualTo(AppStatus.CHANGE_UNDER_REVIEW);
        assertThat(changing.form()).as("the filing stays as it is until approval").isEqualTo(app.form());
        assertThat(fx.changes.steps(change.id())).singleElement().satisfies(s -> {
            assertThat(s.to()).isEqualTo(ChangeState.UNDER_REVIEW);
            assertThat(s.actor()).isEqualTo(owner.username());
            assertThat(s.note()).contains("二、应用名称与类型", "五、功能清单", "2026-04-01");
        });
    }

    @Test
    void theChangeMustBeFiledAtLeastThirtyCalendarDaysBeforeItTakesEffect() {
        App app = filedWuhanApp();
        FilingForm renamed = Forms.withName(app.form(), "武汉城管通 2.0");
        // filed on Monday 2026-03-02: the earliest effective day is 2026-04-01
        assertThat(fx.service.earliestEffectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> fx.service.file(owner, app.id(),
                new ChangeService.Proposal(renamed, LocalDate.of(2026, 3, 31), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("effectiveDate", "变更须至少提前 30 日备案：生效日期不得早于 2026-04-01")));
        assertThatThrownBy(() -> fx.service.file(owner, app.id(), new ChangeService.Proposal(renamed, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("effectiveDate"));
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);

        ChangeFiling change = fx.service.file(owner, app.id(),
                new ChangeService.Proposal(renamed, LocalDate.of(2026, 4, 1), null));
        assertThat(change.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        App app = filedWuhanApp();
        FilingForm sameButPadded = Forms.withName(app.form(), " 武汉城管通 ");
        assertThatThrownBy(() -> fx.file(app, sameButPadded))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("form"));
        assertThat(fx.changes.ofApp(app.id())).isEmpty();
    }

    @Test
    void theWholeNewFormMustBeCompleteAndWellFormedAndNothingIsStoredOtherwise() {
        App app = filedWuhanApp();
        FilingForm noHandlerPhone = Forms.withPhone(Forms.withName(app.form(), "武汉城管通 2.0"), null);
        assertThatThrownBy(() -> fx.file(app, noHandlerPhone))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("handler.phone");
                    assertThat(e.findings()).isNotEmpty();
                });
        FilingForm badPhone = Forms.withPhone(app.form(), "12345");
        assertThatThrownBy(() -> fx.file(app, badPhone))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("handler.phone"));
        FilingForm account = Forms.withKind(app.form(), org.fingertip.registry.app.AppKind.PUBLIC_ACCOUNT);
        assertThatThrownBy(() -> fx.file(app, account))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).contains("kind"));
        assertThat(fx.changes.ofApp(app.id())).isEmpty();
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
    }

    @Test
    void aNewOwnerMustExistAndBelongToTheSameProvince() {
        App app = filedWuhanApp();
        assertThatThrownBy(() -> fx.file(app, Forms.withOwner(app.form(), "420100-999")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("ownerDepartmentCode"));
        Division hunan = Division.root("430000", "湖南省");
        fx.filing.departments.save(hunan);
        fx.filing.departments.save(new Unit("430000-001", "湖南省政务服务中心", hunan));
        assertThatThrownBy(() -> fx.file(app, Forms.withOwner(app.form(), "430000-001")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("ownerDepartmentCode"));
    }

    @Test
    void onlyTheOwnerUnitsApplicantFilesAChange() {
        App app = filedWuhanApp();
        FilingForm renamed = Forms.withName(app.form(), "武汉城管通 2.0");
        assertThatThrownBy(() -> fx.service.file(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), app.id(),
                fx.proposal(renamed))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.service.file(Actors.wuhanReviewer(), app.id(), fx.proposal(renamed)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.service.file(owner, 987_654L, fx.proposal(renamed)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAFiledAppTakesAChangeAndOnlyOneAtATime() {
        App app = filedWuhanApp();
        ChangeFiling first = fx.file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        assertThatThrownBy(() -> fx.file(fx.reload(app), Forms.withName(app.form(), "武汉城管通 3.0")))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo("CHANGE_UNDER_REVIEW");
                    assertThat(e.getMessage()).contains("变更 " + first.id());
                });
        App draft = fx.filing.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "草稿通"));
        assertThatThrownBy(() -> fx.file(draft, Forms.withName(draft.form(), "草稿通 2.0")))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("DRAFT"));
    }

    @Test
    void theStoreRefusesASecondOpenChangeOfTheSameApp() {
        App app = filedWuhanApp();
        ChangeFiling first = fx.file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        // as if two requests had passed the app's state check at the same moment
        ChangeFiling racing = ChangeFiling.file(app.id(), app.displayName(), app.filingNumber(), app.owner(),
                app.form(), app.owner(), Forms.withName(app.form(), "武汉城管通 3.0"), LocalDate.of(2026, 5, 1), null,
                owner.username(), fx.filing.clock.instant());
        assertThatThrownBy(() -> fx.changes.save(racing)).isInstanceOf(StateConflictException.class);
        assertThat(fx.changes.ofApp(app.id())).extracting(ChangeFiling::id).containsExactly(first.id());
    }

    // ---- the pre-check -----------------------------------------------------------------------------------------------

    @Test
    void aBannedFeatureAddedByTheChangeReturnsItAtOnceWithTheFindingAsItsGap() {
        App app = filedWuhanApp();
        FilingForm withCheckIn = Forms.withFunctions(app.form(), Forms.service("在线办事"), Forms.service("案件查询"),
                Forms.function("每日打卡", FunctionCategory.CHECK_IN));
        ChangeFiling change = fx.file(app, withCheckIn);
        assertThat(fx.service.preCheck(change.id())).isFalse();
        ChangeFiling returned = fx.reload(change);
        assertThat(returned.state()).isEqualTo(ChangeState.RETURNED);
        assertThat(returned.findings()).anyMatch(f -> f.code() == FindingCode.BANNED_FEATURE && f.blocking());
        assertThat(returned.gaps()).singleElement().satisfies(g -> assertThat(g.section()).isEqualTo(FormSection.FUNCTIONS));
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.CHANGE_UNDER_REVIEW);
    }

    // ---- decisions ---------------------------------------------------------------------------------------------------

    @Test
    void approvalAppliesTheNewFormKeepsTheNumberAndRecordsOldAndNewValues() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, renamedWithANewFunction(app));
        ChangeFiling approved = approvedThrough(change);

        assertThat(approved.state()).isEqualTo(ChangeState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("reviewer-420000");
        assertThat(approved.previousForm().name()).isEqualTo("武汉城管通");
        assertThat(approved.proposedForm().name()).isEqualTo("武汉城管通 2.0");
        App filed = fx.reload(app);
        assertThat(filed.status()).isEqualTo(AppStatus.FILED);
        assertThat(filed.filingNumber()).isEqualTo(app.filingNumber());
        assertThat(filed.filedAt()).isEqualTo(app.filedAt());
        assertThat(filed.form().name()).isEqualTo("武汉城管通 2.0");
        assertThat(filed.form().functions()).hasSize(3);
        List<StatusChange> history = fx.filing.apps.history(app.id());
        assertThat(history).extracting(StatusChange::to).endsWith(AppStatus.FILED, AppStatus.CHANGE_UNDER_REVIEW,
                AppStatus.FILED);
        assertThat(history.get(history.size() - 1).reason()).contains(app.filingNumber() + " 不变",
                "名称由“武汉城管通”改为“武汉城管通 2.0”", "功能新增 1 项", "2026-04-01");
        assertThat(fx.changes.steps(change.id())).extracting(ChangeStep::action)
                .containsExactly("申请变更", "初审通过", "变更通过");
        assertThat(fx.changes.reviews(change.id())).extracting(ChangeReview::step)
                .containsExactly(ReviewStep.FIRST_REVIEW, ReviewStep.PROVINCIAL_REVIEW);
    }

    @Test
    void aProvincialUnitsChangeGoesStraightToTheProvincialReview() {
        App app = fx.filed(Hubei.PROVINCE_UNIT, "湖北政务通", "社保查询");
        ChangeFiling change = fx.passedPreCheck(app, Forms.withName(app.form(), "鄂政通"));
        assertThat(ReviewStep.firstReviewNeeded(change.owner())).isFalse();
        approvedThrough(change);
        assertThat(fx.reload(app).form().name()).isEqualTo("鄂政通");
        assertThat(fx.changes.reviews(change.id())).extracting(ChangeReview::step)
                .containsExactly(ReviewStep.PROVINCIAL_REVIEW);
    }

    @Test
    void aNewOwnerUnitTakesTheAppIntoItsJurisdictionOnApproval() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, Forms.withOwner(app.form(), Hubei.DISTRICT_UNIT.code()));
        assertThat(change.ownerChanges()).isTrue();
        assertThat(change.proposedOwner()).isEqualTo(Hubei.DISTRICT_UNIT);
        approvedThrough(change);

        App moved = fx.reload(app);
        assertThat(moved.owner()).isEqualTo(Hubei.DISTRICT_UNIT);
        assertThat(moved.filingNumber()).isEqualTo(app.filingNumber());
        assertThat(fx.filing.apps.history(app.id()).get(fx.filing.apps.history(app.id()).size() - 1).reason())
                .contains("主办单位由“武汉市城市管理执法委员会”改为“江岸区政务服务中心”");
        // the old unit no longer sees it; the new one does
        assertThatThrownBy(() -> fx.service.ofApp(owner, app.id())).isInstanceOf(NotFoundException.class);
        assertThat(fx.service.ofApp(Actors.applicant(Hubei.DISTRICT_UNIT), app.id())).hasSize(1);
    }

    @Test
    void aReturnNamesOnlyChangedSectionsAndTheRevisedChangeIsReviewedAgain() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, renamedWithANewFunction(app));
        assertThatThrownBy(() -> fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.RETURN, "请补正",
                List.of(new Gap(FormSection.FUNCTIONS, "请说明新功能的用途"), new Gap(FormSection.HANDLER, "电话不通"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("gaps[1].section"));
        assertThatThrownBy(() -> fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.RETURN, "请补正", List.of()))
                .isInstanceOf(RuleViolationException.class);

        List<Gap> gaps = List.of(new Gap(FormSection.FUNCTIONS, "请说明新功能的用途"));
        ChangeReview ret = fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.RETURN, "请补正", gaps);
        fx.service.applyReturn(change.id(), ret.id());
        ChangeFiling returned = fx.reload(change);
        assertThat(returned.state()).isEqualTo(ChangeState.RETURNED);
        assertThat(returned.gaps()).containsExactlyElementsOf(gaps);
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.CHANGE_UNDER_REVIEW);
        // nobody decides a returned change
        assertThatThrownBy(() -> fx.decide(returned, ReviewStep.FIRST_REVIEW, Decision.APPROVE, null, List.of()))
                .isInstanceOf(StateConflictException.class);

        FilingForm revised = Forms.withFunctions(returned.proposedForm(), Forms.service("在线办事"),
                Forms.service("案件查询"), Forms.service("违停举报（市民随手拍）"));
        ChangeFiling resubmitted = fx.service.revise(owner, change.id(),
                new ChangeService.Proposal(revised, LocalDate.of(2026, 4, 15), "补充说明"));
        assertThat(resubmitted.state()).isEqualTo(ChangeState.UNDER_REVIEW);
        assertThat(resubmitted.gaps()).isEmpty();
        assertThat(resubmitted.effectiveDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(fx.service.preCheck(change.id())).isTrue();
        approvedThrough(fx.reload(change));
        assertThat(fx.reload(app).form().functions()).extracting(f -> f.name()).contains("违停举报（市民随手拍）");
    }

    @Test
    void onlyAReturnedChangeIsRevisedAndOnlyByItsOwner() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        assertThatThrownBy(() -> fx.service.revise(owner, change.id(), fx.proposal(Forms.withName(app.form(), "x"))))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> fx.service.revise(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), change.id(),
                fx.proposal(Forms.withName(app.form(), "x")))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRejectedChangeLeavesTheFilingAsItWas() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, renamedWithANewFunction(app));
        assertThatThrownBy(() -> fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.REJECT, " ", List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("comment"));
        ChangeReview rejection = fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.REJECT, "新增功能与统一平台重复",
                List.of());
        fx.service.applyReject(change.id(), rejection.id());

        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.REJECTED);
        App after = fx.reload(app);
        assertThat(after.status()).isEqualTo(AppStatus.FILED);
        assertThat(after.form()).isEqualTo(app.form());
        assertThat(fx.filing.apps.history(app.id()).get(fx.filing.apps.history(app.id()).size() - 1).reason())
                .contains("不予变更", "新增功能与统一平台重复");
        // and a new change may be filed
        assertThat(fx.file(after, Forms.withName(after.form(), "武汉城管通 2.1")).state())
                .isEqualTo(ChangeState.UNDER_REVIEW);
    }

    @Test
    void theFilerNeverDecidesItsOwnChangeAndReviewersOnlyTheirOfficesStep() {
        Actor dual = Actors.applicantAndReviewer("dual.wuhan", Hubei.WUHAN_UNIT, Hubei.WUHAN);
        App app = filedWuhanApp();
        ChangeFiling change = fx.service.file(dual, app.id(), fx.proposal(Forms.withName(app.form(), "武汉城管通 2.0")));
        fx.service.preCheck(change.id());
        assertThatThrownBy(() -> fx.service.recordDecision(dual, change.id(), ReviewStep.FIRST_REVIEW,
                Decision.APPROVE, null, List.of())).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("申报人不能审核自己提交的变更");
        assertThatThrownBy(() -> fx.service.recordDecision(Actors.yichangReviewer(), change.id(),
                ReviewStep.FIRST_REVIEW, Decision.APPROVE, null, List.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.service.recordDecision(Actors.provinceReviewer(), change.id(),
                ReviewStep.FIRST_REVIEW, Decision.APPROVE, null, List.of())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> fx.service.recordDecision(Actors.supervisor("supervisor.wuhan", Hubei.WUHAN),
                change.id(), ReviewStep.FIRST_REVIEW, Decision.APPROVE, null, List.of()))
                .isInstanceOf(ForbiddenException.class);
        Actor colleague = new Actor("colleague.wuhan", Set.of(Role.REVIEWER), null, Hubei.WUHAN);
        assertThat(fx.service.recordDecision(colleague, change.id(), ReviewStep.FIRST_REVIEW, Decision.APPROVE, null,
                List.of()).id()).isPositive();
    }

    @Test
    void aWithdrawnChangeLeavesTheFilingAsItWas() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        assertThatThrownBy(() -> fx.service.withdraw(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), change.id(), null))
                .isInstanceOf(NotFoundException.class);
        ChangeFiling withdrawn = fx.service.withdraw(owner, change.id(), "计划取消");
        assertThat(withdrawn.state()).isEqualTo(ChangeState.WITHDRAWN);
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.FILED);
        assertThat(fx.reload(app).form()).isEqualTo(app.form());
        assertThatThrownBy(() -> fx.service.withdraw(owner, change.id(), null)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aReturnedChangeNotRevisedInTimeIsAbandonedAndTheFilingStaysAsItWas() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.passedPreCheck(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        assertThatThrownBy(() -> fx.service.abandon(change.id())).isInstanceOf(StateConflictException.class);
        ChangeReview ret = fx.decide(change, ReviewStep.FIRST_REVIEW, Decision.RETURN, null,
                List.of(new Gap(FormSection.IDENTITY, "新名称须附更名批复")));
        fx.service.applyReturn(change.id(), ret.id());
        fx.service.abandon(change.id());
        assertThat(fx.reload(change).state()).isEqualTo(ChangeState.ABANDONED);
        App after = fx.reload(app);
        assertThat(after.status()).isEqualTo(AppStatus.FILED);
        assertThat(after.form().name()).isEqualTo("武汉城管通");
    }

    @Test
    void onlyThoseWhoSeeTheAppSeeItsChanges() {
        App app = filedWuhanApp();
        ChangeFiling change = fx.file(app, Forms.withName(app.form(), "武汉城管通 2.0"));
        assertThat(fx.service.visible(Actors.wuhanReviewer(), change.id()).id()).isEqualTo(change.id());
        assertThat(fx.service.visible(Actors.supervisor("supervisor.hubei", Hubei.PROVINCE), change.id()).id())
                .isEqualTo(change.id());
        assertThatThrownBy(() -> fx.service.visible(Actors.yichangReviewer(), change.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.service.visible(owner, 987_654L)).isInstanceOf(NotFoundException.class);
        assertThat(fx.service.openOf(owner, app.id())).map(ChangeFiling::id).contains(change.id());
    }
}
