package org.fingertip.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormRules;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.precheck.FindingCode;
import org.fingertip.registry.precheck.PlatformCatalogue.PlatformFunction;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

class FilingServiceTest {
    private static final List<Gap> GAPS = List.of(new Gap(FormSection.OPERATIONS, "请上传等保测评报告"),
            new Gap(FormSection.FUNCTIONS, "请说明“案件上报”与鄂汇办的区别"));

    private final FilingFixture fx = new FilingFixture();
    private final Actor applicant = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor wuhanReviewer = Actors.wuhanReviewer();
    private final Actor provinceReviewer = Actors.provinceReviewer();

    private static FilingForm cityForm(String name, String... functions) {
        return Forms.complete(Hubei.WUHAN_UNIT.code(), name, functions);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    // ---- counts by status --------------------------------------------------------------------------------------

    @Test
    void countsByStatusAreTheTotalsOfTheListFilteredByEachStatus() {
        fx.draft(Hubei.WUHAN_UNIT, cityForm("城管草稿"));
        fx.submitted(Hubei.WUHAN_UNIT, cityForm("城管待审"));
        fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");
        fx.filed(Hubei.WUHAN_OTHER_UNIT, "民政通", "低保申请");

        java.util.Map<AppStatus, Long> own = fx.service.countByStatus(applicant);
        assertThat(own).containsOnlyKeys(AppStatus.values());
        assertThat(own.get(AppStatus.DRAFT)).isEqualTo(1);
        assertThat(own.get(AppStatus.UNDER_REVIEW)).isEqualTo(1);
        assertThat(own.get(AppStatus.FILED)).as("not the other unit's").isEqualTo(1);
        for (AppStatus s : AppStatus.values()) {
            assertThat(own.get(s)).as("%s", s).isEqualTo(fx.service.search(applicant, s, null, null, null, null, 0, 50)
                    .total());
        }
        // the city's reviewer sees both units, drafts left out
        java.util.Map<AppStatus, Long> city = fx.service.countByStatus(wuhanReviewer);
        assertThat(city.get(AppStatus.DRAFT)).isZero();
        assertThat(city.get(AppStatus.FILED)).isEqualTo(2);
        assertThat(fx.service.countByStatus(Actors.observer("nobody", null)).values()).containsOnly(0L);
    }

    // ---- drafts --------------------------------------------------------------------------------------------------

    @Test
    void applicantDraftsForItsOwnUnit() {
        App app = fx.service.createDraft(applicant, cityForm("城管通"), null);

        App stored = fx.reload(app);
        assertThat(stored.id()).isEqualTo(1L);
        assertThat(stored.status()).isEqualTo(AppStatus.DRAFT);
        assertThat(stored.owner()).isEqualTo(Hubei.WUHAN_UNIT);
        assertThat(stored.createdBy()).isEqualTo(applicant.username());
        assertThat(stored.createdAt()).isEqualTo(FilingFixture.DEFAULT_START);
        assertThat(fx.apps.history(app.id())).containsExactly(new StatusChange(null, AppStatus.DRAFT,
                applicant.username(), FilingFixture.DEFAULT_START, "创建申请"));
    }

    @Test
    void draftWithoutOwnerBelongsToTheApplicantsUnit() {
        App app = fx.service.createDraft(applicant, Forms.withOwner(Forms.empty(), null), null);

        assertThat(app.owner()).isEqualTo(Hubei.WUHAN_UNIT);
        assertThat(app.form().ownerDepartmentCode()).isEqualTo(Hubei.WUHAN_UNIT.code());
    }

    @Test
    void applicantCannotDraftForAnotherUnit() {
        FilingForm form = Forms.complete(Hubei.WUHAN_OTHER_UNIT.code(), "民政通");

        assertThatThrownBy(() -> fx.service.createDraft(applicant, form, null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining(Hubei.WUHAN_OTHER_UNIT.name());
        assertThat(fx.apps.all()).isEmpty();
    }

    @Test
    void applicantCannotDraftForAnUnknownUnit() {
        FilingForm form = Forms.complete("420100-999", "无主应用");

        assertThatThrownBy(() -> fx.service.createDraft(applicant, form, null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("420100-999");
    }

    @Test
    void onlyApplicantsDraft() {
        assertThatThrownBy(() -> fx.service.createDraft(wuhanReviewer, cityForm("城管通"), null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("只有申报人");
    }

    @Test
    void malformedDraftIsRefusedWithEveryFieldErrorAndNotSaved() {
        FilingForm form = Forms.withEmail(Forms.withPhone(cityForm("城管通"), "12345"), "nope");

        assertThatThrownBy(() -> fx.service.createDraft(applicant, form, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e.errors()))
                        .containsExactly("handler.phone", "handler.email"))
                .hasMessageContaining("2 处");
        assertThat(fx.apps.all()).isEmpty();
    }

    @Test
    void applicantReplacesTheFormOfItsDraft() {
        App app = fx.draft(Hubei.WUHAN_UNIT, Forms.withOwner(Forms.empty(), Hubei.WUHAN_UNIT.code()));

        fx.service.replaceForm(applicant, app.id(), cityForm("城管通", "案件上报"));

        App stored = fx.reload(app);
        assertThat(stored.form().name()).isEqualTo("城管通");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(fx.apps.history(app.id())).hasSize(1);
    }

    // ---- submit --------------------------------------------------------------------------------------------------

    @Test
    void submittingAnIncompleteApplicationListsEveryMissingFieldAndChangesNothing() {
        FilingForm incomplete = Forms.withCommitment(Forms.withHandler(Forms.withPackageName(
                cityForm("城管通"), null), null), null);
        App app = fx.draft(Hubei.WUHAN_UNIT, incomplete);

        assertThatThrownBy(() -> fx.service.submit(applicant, app.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(fields(e.errors())).containsExactly("packageName", "handler.name", "handler.post",
                            "handler.phone", "handler.email", "commitmentSigned");
                    assertThat(e.errors()).isEqualTo(FormRules.missingFields(incomplete));
                    assertThat(e.findings()).hasSize(3).allSatisfy(f -> assertThat(((Finding) f).code())
                            .isEqualTo(FindingCode.INCOMPLETE_SECTION));
                })
                .hasMessageContaining("6 项");
        App stored = fx.reload(app);
        assertThat(stored.status()).isEqualTo(AppStatus.DRAFT);
        assertThat(stored.version()).isEqualTo(app.version());
        assertThat(stored.submittedBy()).isNull();
        assertThat(fx.apps.history(app.id())).hasSize(1);
    }

    @Test
    void submittingACompleteApplicationPutsItUnderReview() {
        App app = fx.draft(Hubei.WUHAN_UNIT, cityForm("城管通"));
        fx.clock.advance(Duration.ofHours(2));

        App submitted = fx.service.submit(applicant, app.id());

        assertThat(submitted.status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(fx.reload(app).submittedBy()).isEqualTo(applicant.username());
        assertThat(fx.apps.history(app.id())).last().isEqualTo(new StatusChange(AppStatus.DRAFT,
                AppStatus.UNDER_REVIEW, applicant.username(), fx.clock.instant(), "提交申请"));
    }

    @Test
    void submittingTwiceIsAStateConflict() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.submit(applicant, app.id()))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("UNDER_REVIEW"))
                .hasMessageContaining(AppStatus.UNDER_REVIEW.label());
    }

    @Test
    void accountsAreRegisteredNotSubmittedForFiling() {
        App app = fx.draft(Hubei.WUHAN_UNIT, Forms.withKind(cityForm("江城发布"), AppKind.PUBLIC_ACCOUNT));

        assertThatThrownBy(() -> fx.service.submit(applicant, app.id()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(fields(e.errors())).containsExactly("kind"));
        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.DRAFT);
    }

    @Test
    void applicantOfAnotherUnitDoesNotSeeTheApplication() {
        App app = fx.draft(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.submit(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), app.id()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(String.valueOf(app.id()));
    }

    @Test
    void applicantWithdrawsBeforeADecision() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, cityForm("城管通"));

        fx.service.withdraw(applicant, app.id(), "改为鄂汇办模块建设");

        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.WITHDRAWN);
        assertThat(fx.apps.history(app.id())).last().extracting(StatusChange::reason).isEqualTo("改为鄂汇办模块建设");
    }

    // ---- pre-check -----------------------------------------------------------------------------------------------

    @Test
    void preCheckReturnsApplicationWithAllGapsAtOnce() {
        FilingForm form = Forms.withFunctions(Forms.complete(Hubei.STREET_UNIT.code(), "大智通"),
                Forms.service("在线办事"), Forms.function("每日打卡", FunctionCategory.OFFICE),
                Forms.function("一键转发", FunctionCategory.MESSAGING));
        App app = fx.submitted(Hubei.STREET_UNIT, form);

        boolean passed = fx.service.preCheck(app.id());

        assertThat(passed).isFalse();
        App returned = fx.reload(app);
        assertThat(returned.status()).isEqualTo(AppStatus.RETURNED);
        List<Finding> blocking = returned.findings().stream().filter(Finding::blocking).toList();
        assertThat(blocking).extracting(Finding::code).containsExactly(FindingCode.BANNED_FEATURE,
                FindingCode.BANNED_FEATURE, FindingCode.LEVEL_BELOW_COUNTY);
        assertThat(returned.gaps()).extracting(Gap::section)
                .containsExactly(FormSection.FUNCTIONS, FormSection.FUNCTIONS, FormSection.PROJECT_APPROVAL);
        assertThat(returned.gaps()).extracting(Gap::message)
                .containsExactlyElementsOf(blocking.stream().map(Finding::message).toList());
        assertThat(fx.apps.history(app.id())).last().satisfies(c -> {
            assertThat(c.from()).isEqualTo(AppStatus.UNDER_REVIEW);
            assertThat(c.to()).isEqualTo(AppStatus.RETURNED);
            assertThat(c.actor()).isEqualTo(Actor.SYSTEM_NAME);
            assertThat(c.reason()).contains("3 项");
        });
    }

    @Test
    void preCheckWithOnlyAdvisoryFindingsSendsTheCaseOnToReview() {
        fx.catalogue.save(new PlatformFunction("420000", "鄂汇办", "社保查询"));
        App app = fx.submitted(Hubei.WUHAN_UNIT, cityForm("城管通", "案件上报", "社保查询"));

        boolean passed = fx.service.preCheck(app.id());

        assertThat(passed).isTrue();
        App stored = fx.reload(app);
        assertThat(stored.status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(stored.gaps()).isEmpty();
        assertThat(stored.findings()).extracting(Finding::code, Finding::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.PLATFORM_OVERLAP, "functions[1].name"));
    }

    @Test
    void returnedApplicationIsRevisedAndResubmitted() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, Forms.withFunctions(cityForm("城管通"),
                Forms.function("每日打卡", FunctionCategory.OFFICE)));
        fx.service.preCheck(app.id());

        fx.service.replaceForm(applicant, app.id(), cityForm("城管通", "案件上报"));
        fx.service.submit(applicant, app.id());

        App stored = fx.reload(app);
        assertThat(stored.status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(stored.gaps()).isEmpty();
        assertThat(fx.apps.history(app.id())).extracting(StatusChange::to).containsExactly(AppStatus.DRAFT,
                AppStatus.UNDER_REVIEW, AppStatus.RETURNED, AppStatus.UNDER_REVIEW);
        assertThat(fx.service.preCheck(app.id())).isTrue();
    }

    @Test
    void returnedApplicationNotResubmittedInTimeIsAbandoned() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, Forms.withFunctions(cityForm("城管通"),
                Forms.function("每日打卡", FunctionCategory.OFFICE)));
        fx.service.preCheck(app.id());

        fx.service.abandon(app.id());

        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.ABANDONED);
        assertThat(fx.apps.history(app.id())).last().extracting(StatusChange::actor).isEqualTo(Actor.SYSTEM_NAME);
    }

    // ---- review decisions ----------------------------------------------------------------------------------------

    @Test
    void returnWithoutGapsIsRefused() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));

        for (List<Gap> none : java.util.Arrays.asList(List.<Gap>of(), null)) {
            assertThatThrownBy(() -> fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                    Decision.RETURN, "请补正", none))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(fields(e.errors())).containsExactly("gaps"));
        }
        assertThat(fx.reviews.ofApp(app.id())).isEmpty();
    }

    @Test
    void rejectWithoutCommentIsRefused() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.REJECT, "  ", List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(fields(e.errors())).containsExactly("comment"));
        assertThat(fx.reviews.ofApp(app.id())).isEmpty();
    }

    @Test
    void decisionMustBeChosenAndCommentKeptShort() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                null, "x".repeat(FormRules.LONG_TEXT_MAX + 1), List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(fields(e.errors())).containsExactly("decision", "comment"));
    }

    @Test
    void theFilerCannotDecideItsOwnApplication() {
        Actor both = Actors.applicantAndReviewer("li", Hubei.WUHAN_UNIT, Hubei.WUHAN);
        App draft = fx.service.createDraft(both, cityForm("城管通"), null);
        fx.service.submit(both, draft.id());
        fx.service.preCheck(draft.id());

        assertThatThrownBy(() -> fx.service.recordDecision(both, draft.id(), ReviewStep.FIRST_REVIEW,
                Decision.APPROVE, "通过", List.of()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("不能审核自己");
        assertThat(fx.reviews.ofApp(draft.id())).isEmpty();
    }

    @Test
    void provinceReviewerCannotDecideACitysFirstReview() {
        App app = fx.passedPreCheck(Hubei.DISTRICT_UNIT, Forms.complete(Hubei.DISTRICT_UNIT.code(), "江岸通"));

        assertThatThrownBy(() -> fx.service.recordDecision(provinceReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.APPROVE, "通过", List.of()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("420100");
    }

    @Test
    void cityReviewerCannotDecideTheProvincialReview() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.PROVINCIAL_REVIEW,
                Decision.APPROVE, "通过", List.of()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("420000");
    }

    @Test
    void reviewerOutsideTheJurisdictionDoesNotSeeTheApplication() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.recordDecision(Actors.yichangReviewer(), app.id(),
                ReviewStep.FIRST_REVIEW, Decision.APPROVE, "通过", List.of()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(String.valueOf(app.id()));
        assertThatThrownBy(() -> fx.service.reviewsOf(Actors.yichangReviewer(), app.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownApplicationIsNotFound() {
        assertThatThrownBy(() -> fx.service.recordDecision(wuhanReviewer, 404L, ReviewStep.FIRST_REVIEW,
                Decision.APPROVE, "通过", List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void supervisorSeesButDoesNotDecide() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.recordDecision(Actors.supervisor("du", Hubei.WUHAN), app.id(),
                ReviewStep.FIRST_REVIEW, Decision.APPROVE, "通过", List.of()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("只有审核员");
    }

    @Test
    void decisionsAreTakenOnlyWhileUnderReview() {
        App app = fx.rejected(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.APPROVE, "通过", List.of()))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("REJECTED"));
    }

    @Test
    void districtApplicationIsFirstReviewedByItsCity() {
        App app = fx.passedPreCheck(Hubei.DISTRICT_UNIT, Forms.complete(Hubei.DISTRICT_UNIT.code(), "江岸通"));

        Review review = fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.APPROVE, "初审通过", null);

        assertThat(review.id()).isNotNull();
        assertThat(review.reviewer()).isEqualTo(wuhanReviewer.username());
        assertThat(review.at()).isEqualTo(fx.clock.instant());
        assertThat(review.gaps()).isEmpty();
        assertThat(fx.service.reviewsOf(wuhanReviewer, app.id())).containsExactly(review);
    }

    @Test
    void provincialUnitGoesStraightToTheProvince() {
        assertThat(ReviewStep.firstReviewNeeded(Hubei.PROVINCE_UNIT)).isFalse();
        assertThat(ReviewStep.firstReviewNeeded(Hubei.COMMUNITY_UNIT)).isTrue();

        App app = fx.filed(Hubei.PROVINCE_UNIT, "鄂政通", "公文流转");

        assertThat(app.status()).isEqualTo(AppStatus.FILED);
        assertThat(fx.reviews.ofApp(app.id())).extracting(Review::step)
                .containsExactly(ReviewStep.PROVINCIAL_REVIEW);
    }

    @Test
    void recordedReturnIsAppliedWithEveryGap() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));
        Review review = fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.RETURN, "材料不全", GAPS);

        fx.service.applyReturn(app.id(), review.id());

        App stored = fx.reload(app);
        assertThat(stored.status()).isEqualTo(AppStatus.RETURNED);
        assertThat(stored.gaps()).containsExactlyElementsOf(GAPS);
        assertThat(fx.apps.history(app.id())).last().satisfies(c -> {
            assertThat(c.actor()).isEqualTo(wuhanReviewer.username());
            assertThat(c.reason()).isEqualTo("初审退回：材料不全");
        });
    }

    @Test
    void recordedRejectionIsAppliedWithItsReason() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));
        Review review = fx.service.recordDecision(wuhanReviewer, app.id(), ReviewStep.FIRST_REVIEW,
                Decision.REJECT, "与鄂汇办功能重复", List.of());

        fx.service.applyReject(app.id(), review.id());

        assertThat(fx.reload(app).status()).isEqualTo(AppStatus.REJECTED);
        assertThat(fx.apps.history(app.id())).last().extracting(StatusChange::reason)
                .isEqualTo("初审不予备案：与鄂汇办功能重复");
    }

    // ---- filing --------------------------------------------------------------------------------------------------

    @Test
    void filingGivesConsecutiveNumbersOfTheProvinceAndYear() {
        App first = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");
        App second = fx.filed(Hubei.YICHANG_UNIT, "宜昌人社", "社保查询");

        assertThat(first.filingNumber()).isEqualTo("鄂政应备2026000001号");
        assertThat(second.filingNumber()).isEqualTo("鄂政应备2026000002号");
        App stored = fx.reload(first);
        assertThat(stored.status()).isEqualTo(AppStatus.FILED);
        assertThat(stored.filedAt()).isEqualTo(fx.clock.instant());
        assertThat(fx.apps.history(first.id())).last().satisfies(c -> {
            assertThat(c.to()).isEqualTo(AppStatus.FILED);
            assertThat(c.actor()).isEqualTo(provinceReviewer.username());
            assertThat(c.reason()).contains("鄂政应备2026000001号");
        });
        assertThat(fx.reviews.ofApp(first.id())).extracting(Review::step, Review::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewStep.FIRST_REVIEW, Decision.APPROVE),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.PROVINCIAL_REVIEW, Decision.APPROVE));
    }

    @Test
    void filingYearIsTheYearInShanghai() {
        fx.clock.set(Instant.parse("2026-12-31T16:30:00Z")); // already 1 January 2027, 00:30 in Shanghai

        App app = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");

        assertThat(app.filingNumber()).isEqualTo("鄂政应备2027000001号");
    }

    @Test
    void fileAppRefusesAReviewThatDidNotApproveAtTheProvince() {
        App app = fx.passedPreCheck(Hubei.WUHAN_UNIT, cityForm("城管通"));
        Review firstApproval = fx.decide(app, ReviewStep.FIRST_REVIEW, Decision.APPROVE, "初审通过");
        Review provincialReturn = fx.service.recordDecision(provinceReviewer, app.id(), ReviewStep.PROVINCIAL_REVIEW,
                Decision.RETURN, "请补正", GAPS);

        assertThatIllegalStateException().isThrownBy(() -> fx.service.fileApp(app.id(), firstApproval.id()))
                .withMessageContaining(ReviewStep.FIRST_REVIEW.label());
        assertThatIllegalStateException().isThrownBy(() -> fx.service.fileApp(app.id(), provincialReturn.id()))
                .withMessageContaining("RETURN");
        assertThatIllegalStateException().isThrownBy(() -> fx.service.applyReject(app.id(), provincialReturn.id()))
                .withMessageContaining("REJECT");
        assertThatIllegalStateException().isThrownBy(() -> fx.service.applyReturn(app.id(), firstApproval.id()))
                .withMessageContaining("APPROVE");
        App stored = fx.reload(app);
        assertThat(stored.status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(stored.filingNumber()).isNull();
        assertThat(fx.numbers.next("420000", 2026)).as("no number was taken").isEqualTo(1L);
    }

    @Test
    void reviewOfAnotherApplicationIsNotApplied() {
        App one = fx.passedPreCheck(Hubei.PROVINCE_UNIT, Forms.complete(Hubei.PROVINCE_UNIT.code(), "鄂政通"));
        App other = fx.passedPreCheck(Hubei.PROVINCE_UNIT, Forms.complete(Hubei.PROVINCE_UNIT.code(), "鄂汇办"));
        Review approval = fx.decide(one, ReviewStep.PROVINCIAL_REVIEW, Decision.APPROVE, "通过");

        assertThatIllegalStateException().isThrownBy(() -> fx.service.fileApp(other.id(), approval.id()));
        assertThatThrownBy(() -> fx.service.fileApp(one.id(), 99L)).isInstanceOf(NotFoundException.class);
    }

    // ---- re-filing -----------------------------------------------------------------------------------------------

    @Test
    void refilingARejectedApplicationLinksIt() {
        App rejected = fx.rejected(Hubei.WUHAN_UNIT, cityForm("城管通"));

        App again = fx.service.createDraft(applicant, cityForm("城管通", "案件上报"), rejected.id());

        assertThat(again.id()).isNotEqualTo(rejected.id());
        assertThat(fx.reload(again).previousAppId()).isEqualTo(rejected.id());
        assertThat(fx.apps.history(again.id())).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains(String.valueOf(rejected.id())));
        assertThat(fx.reload(rejected).status()).isEqualTo(AppStatus.REJECTED);
    }

    @Test
    void refilingAWithdrawnApplicationLinksIt() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, cityForm("城管通"));
        fx.service.withdraw(applicant, app.id(), null);

        App again = fx.service.createDraft(applicant, cityForm("城管通"), app.id());

        assertThat(again.previousAppId()).isEqualTo(app.id());
    }

    @Test
    void refilingAnAbandonedApplicationLinksIt() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, Forms.withFunctions(cityForm("城管通"),
                Forms.function("每日打卡", FunctionCategory.OFFICE)));
        fx.service.preCheck(app.id());
        fx.service.abandon(app.id());

        App again = fx.service.createDraft(applicant, cityForm("城管通"), app.id());

        assertThat(again.previousAppId()).isEqualTo(app.id());
    }

    @Test
    void refilingIsRefusedForAFiledApplication() {
        App filed = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");

        assertThatThrownBy(() -> fx.service.createDraft(applicant, cityForm("城管通二期"), filed.id()))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("FILED"))
                .hasMessageContaining(AppStatus.FILED.label());
        assertThat(fx.apps.all()).hasSize(1);
    }

    @Test
    void refilingIsRefusedForAnApplicationStillUnderReview() {
        App app = fx.submitted(Hubei.WUHAN_UNIT, cityForm("城管通"));

        assertThatThrownBy(() -> fx.service.createDraft(applicant, cityForm("城管通"), app.id()))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("UNDER_REVIEW"));
    }

    @Test
    void refilingAnotherUnitsApplicationIsNotFound() {
        App rejected = fx.rejected(Hubei.WUHAN_OTHER_UNIT, Forms.complete(Hubei.WUHAN_OTHER_UNIT.code(), "民政通"));

        assertThatThrownBy(() -> fx.service.createDraft(applicant, cityForm("民政通"), rejected.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftIsSeenOnlyByItsOwnUnitUntilSubmitted() {
        App draft = fx.draft(Hubei.WUHAN_UNIT, cityForm("武汉未提交草稿通"));
        assertThatThrownBy(() -> fx.service.visible(wuhanReviewer, draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.service.visible(Actors.supervisor("supervisor.wuhan", Hubei.WUHAN), draft.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.service.search(wuhanReviewer, null, null, null, null, null, 0, 20).items())
                .noneMatch(s -> s.id() == draft.id());
        assertThat(fx.service.search(applicant, null, null, null, null, null, 0, 20).items())
                .anyMatch(s -> s.id() == draft.id());

        fx.service.submit(applicant, draft.id());
        assertThat(fx.service.visible(wuhanReviewer, draft.id()).status()).isEqualTo(AppStatus.UNDER_REVIEW);
        assertThat(fx.service.search(wuhanReviewer, null, null, null, null, null, 0, 20).items())
                .anyMatch(s -> s.id() == draft.id());
    }

    @Test
    void searchIsLimitedToTheCallersUnitOrJurisdiction() {
        App wuhan = fx.filed(Hubei.WUHAN_UNIT, "武汉检索范围通", "在线办事");
        App yichang = fx.filed(Hubei.YICHANG_UNIT, "宜昌检索范围通", "在线办事");
        assertThat(fx.service.search(Actors.yichangReviewer(), null, null, null, null, null, 0, 20).items())
                .extracting(s -> s.id()).contains(yichang.id()).doesNotContain(wuhan.id());
        assertThat(fx.service.search(provinceReviewer, AppStatus.FILED, null, null, null, null, 0, 20).items())
                .extracting(s -> s.id()).contains(wuhan.id(), yichang.id());
        assertThat(fx.service.search(Actors.applicant(Hubei.WUHAN_OTHER_UNIT), null, null, null, null, null, 0, 20)
                .items()).extracting(s -> s.id()).doesNotContain(wuhan.id());
        assertThatThrownBy(() -> fx.service.search(applicant, null, null, null, null, "长".repeat(101), 0, 20))
                .isInstanceOf(InvalidInputException.class);
    }
}
