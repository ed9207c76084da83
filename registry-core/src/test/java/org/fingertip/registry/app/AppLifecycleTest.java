package org.fingertip.registry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fingertip.registry.app.AppStatus.ABANDONED;
import static org.fingertip.registry.app.AppStatus.CHANGE_UNDER_REVIEW;
import static org.fingertip.registry.app.AppStatus.DRAFT;
import static org.fingertip.registry.app.AppStatus.EXITED;
import static org.fingertip.registry.app.AppStatus.EXITING;
import static org.fingertip.registry.app.AppStatus.FILED;
import static org.fingertip.registry.app.AppStatus.INTEGRATING;
import static org.fingertip.registry.app.AppStatus.LIVE_UNFILED;
import static org.fingertip.registry.app.AppStatus.RECTIFYING;
import static org.fingertip.registry.app.AppStatus.REGISTERED;
import static org.fingertip.registry.app.AppStatus.REJECTED;
import static org.fingertip.registry.app.AppStatus.RETURNED;
import static org.fingertip.registry.app.AppStatus.REVOKED;
import static org.fingertip.registry.app.AppStatus.UNDER_RECHECK;
import static org.fingertip.registry.app.AppStatus.UNDER_REVIEW;
import static org.fingertip.registry.app.AppStatus.WITHDRAWN;
import static org.fingertip.registry.testing.AppJourneys.appIn;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.precheck.FindingCode;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.registry.testing.AppJourneys;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryApps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AppLifecycleTest {
    private static final String WHO = "reviewer-420100";
    private static final Instant WHEN = Instant.parse("2026-04-01T02:00:00Z");
    private static final String WHY = "依据复核结论";
    private static final List<Gap> GAPS = List.of(new Gap(FormSection.FUNCTIONS, "请删除打卡功能"),
            new Gap(FormSection.HANDLER, "经办人电话无法接通"));

    /**
     * One status-changing method of {@link App}: the states it may start from (after DOMAIN.md's lifecycle), where it
     * leads from a filed app, and the reason it records.
     */
    record Transition(String method, Set<AppStatus> from, AppStatus to, Consumer<App> call,
                      Function<AppStatus, String> reason) {
        @Override
        public String toString() {
            return method;
        }
    }

    static final List<Transition> TRANSITIONS = List.of(
            new Transition("submit", EnumSet.of(DRAFT, RETURNED, LIVE_UNFILED), UNDER_REVIEW,
                    a -> a.submit(WHO, WHEN), from -> from == RETURNED ? "补正后重新提交" : "提交申请"),
            new Transition("returnForRevision", EnumSet.of(UNDER_REVIEW), RETURNED,
                    a -> a.returnForRevision(GAPS, WHO, WHEN, WHY), from -> WHY),
            new Transition("reject", EnumSet.of(UNDER_REVIEW), REJECTED,
                    a -> a.reject(WHO, WHEN, WHY), from -> WHY),
            new Transition("withdraw", EnumSet.of(DRAFT, UNDER_REVIEW, RETURNED), WITHDRAWN,
                    a -> a.withdraw(WHO, WHEN, WHY), from -> WHY),
            new Transition("abandon", EnumSet.of(RETURNED), ABANDONED,
                    a -> a.abandon(WHO, WHEN), from -> "退回后未在规定期限内补正，视为放弃"),
            new Transition("file", EnumSet.of(UNDER_REVIEW), FILED,
                    a -> a.file("鄂政应备2026000009号", WHO, WHEN), from -> "审核通过，予以备案：鄂政应备2026000009号"),
            new Transition("startRecheck", EnumSet.of(FILED, REGISTERED), UNDER_RECHECK,
                    a -> a.startRecheck(WHO, WHEN, WHY), from -> WHY),
            new Transition("keepAfterRecheck", EnumSet.of(UNDER_RECHECK), FILED,
                    a -> a.keepAfterRecheck(WHO, WHEN, WHY), from -> WHY),
            new Transition("startRectification", EnumSet.of(UNDER_RECHECK), RECTIFYING,
                    a -> a.startRectification(WHO, WHEN, WHY), from -> WHY),
            new Transition("rectified", EnumSet.of(RECTIFYING), FILED,
                    a -> a.rectified(WHO, WHEN, WHY), from -> WHY),
            new Transition("startIntegration", EnumSet.of(UNDER_RECHECK, EXITING), INTEGRATING,
                    a -> a.startIntegration(WHO, WHEN, WHY), from -> WHY),
            new Transition("startExit", EnumSet.of(FILED, REGISTERED, LIVE_UNFILED, UNDER_RECHECK, INTEGRATING),
                    EXITING, a -> a.startExit(WHO, WHEN, WHY), from -> WHY),
            new Transition("deregister", EnumSet.of(EXITING), EXITED,
                    a -> a.deregister(WHO, WHEN, WHY), from -> WHY),
            new Transition("revoke", EnumSet.of(FILED, RECTIFYING), REVOKED,
                    a -> a.revoke(WHO, WHEN, WHY), from -> WHY),
            new Transition("proposeChange", EnumSet.of(FILED), CHANGE_UNDER_REVIEW,
                    a -> a.proposeChange(WHO, WHEN, WHY), from -> WHY),
            new Transition("changeDecided", EnumSet.of(CHANGE_UNDER_REVIEW), FILED,
                    a -> a.changeDecided(WHO, WHEN, WHY), from -> WHY));

    static Stream<Arguments> legalMoves() {
        return TRANSITIONS.stream().flatMap(t -> t.from().stream().map(from -> arguments(t, from)));
    }

    static Stream<Arguments> illegalMoves() {
        return TRANSITIONS.stream().flatMap(t -> EnumSet.complementOf(EnumSet.copyOf(t.from())).stream()
                .map(from -> arguments(t, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("legalMoves")
    void transitionRecordsWhoWhenFromToAndWhy(Transition transition, AppStatus from) {
        App app = appIn(from);
        int before = app.newChanges().size();

        transition.call().accept(app);

        assertThat(app.status()).isEqualTo(transition.to());
        assertThat(app.statusSince()).isEqualTo(WHEN);
        assertThat(app.newChanges()).hasSize(before + 1);
        assertThat(app.newChanges().get(before))
                .isEqualTo(new StatusChange(from, transition.to(), WHO, WHEN, transition.reason().apply(from)));
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("illegalMoves")
    void illegalTransitionIsRefusedNamingTheCurrentStateAndChangesNothing(Transition transition, AppStatus from) {
        App app = appIn(from);
        List<StatusChange> before = app.newChanges();
        Instant since = app.statusSince();

        assertThatThrownBy(() -> transition.call().accept(app))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(from.name());
                    assertThat(e.getMessage()).contains(from.label()).contains(from.name()).contains("城管通");
                });
        assertThat(app.status()).isEqualTo(from);
        assertThat(app.statusSince()).isEqualTo(since);
        assertThat(app.newChanges()).isEqualTo(before);
    }

    @Test
    void tableCoversEveryStatusAndFinalStatesAllowNothing() {
        assertThat(TRANSITIONS.stream().flatMap(t -> Stream.concat(t.from().stream(), Stream.of(t.to()))))
                .contains(AppStatus.values());
        for (AppStatus status : AppStatus.values()) {
            boolean leavable = TRANSITIONS.stream().anyMatch(t -> t.from().contains(status));
            assertThat(leavable).as("%s can be left", status).isEqualTo(!status.isFinal());
        }
    }

    @ParameterizedTest
    @EnumSource(AppStatus.class)
    void journeysReachEveryStatusThroughRealTransitions(AppStatus status) {
        App app = appIn(status);

        assertThat(app.status()).isEqualTo(status);
        List<StatusChange> changes = app.newChanges();
        assertThat(changes.get(0).from()).isNull();
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).from()).isEqualTo(changes.get(i - 1).to());
            assertThat(changes.get(i).at()).isAfter(changes.get(i - 1).at());
        }
        assertThat(changes.get(changes.size() - 1).to()).isEqualTo(status);
    }

    // ---- creation --------------------------------------------------------------------------------------------------

    @Test
    void draftRecordsItsCreation() {
        App app = App.draft(Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通"), Hubei.WUHAN_UNIT, "li", WHEN, null);

        assertThat(app.status()).isEqualTo(DRAFT);
        assertThat(app.id()).isNull();
        assertThat(app.version()).isZero();
        assertThat(app.createdBy()).isEqualTo("li");
        assertThat(app.createdAt()).isEqualTo(WHEN);
        assertThat(app.previousAppId()).isNull();
        assertThat(app.newChanges()).containsExactly(new StatusChange(null, DRAFT, "li", WHEN, "创建申请"));
    }

    @Test
    void inventoryRegistersAccountsAndFindsFiledKindsLiveButUnfiled() {
        FilingForm app = Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通");
        FilingForm account = Forms.withKind(app, AppKind.PUBLIC_ACCOUNT);

        App live = App.inventoried(app, Hubei.WUHAN_UNIT, "inventory", WHEN, "清理排查发现");
        App registered = App.inventoried(account, Hubei.WUHAN_UNIT, "inventory", WHEN, "清理排查发现");

        assertThat(live.status()).isEqualTo(LIVE_UNFILED);
        assertThat(registered.status()).isEqualTo(REGISTERED);
        assertThat(registered.newChanges())
                .containsExactly(new StatusChange(null, REGISTERED, "inventory", WHEN, "清理排查发现"));
    }

    @ParameterizedTest
    @EnumSource(value = AppStatus.class, names = {"REJECTED", "WITHDRAWN", "ABANDONED"})
    void refilingLinksThePreviousApplication(AppStatus previousStatus) {
        App previous = new InMemoryApps().save(appIn(previousStatus));

        App again = App.draft(previous.form(), previous.owner(), "li", WHEN, previous);

        assertThat(again.previousAppId()).isEqualTo(previous.id());
        assertThat(again.newChanges()).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("重新申报").contains(String.valueOf(previous.id())));
    }

    @ParameterizedTest
    @EnumSource(value = AppStatus.class, names = {"REJECTED", "WITHDRAWN", "ABANDONED"},
            mode = EnumSource.Mode.EXCLUDE)
    void refilingIsRefusedWhileThePreviousApplicationLivesOn(AppStatus previousStatus) {
        App previous = new InMemoryApps().save(appIn(previousStatus));

        assertThatThrownBy(() -> App.draft(previous.form(), previous.owner(), "li", WHEN, previous))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(previousStatus.name());
                    assertThat(e.getMessage()).contains(previousStatus.label());
                });
    }

    // ---- details of particular transitions ------------------------------------------------------------------------

    @Test
    void submitRemembersTheSubmitterAndClearsTheGapsOfAReturn() {
        App app = appIn(RETURNED);
        assertThat(app.gaps()).isNotEmpty();

        app.submit("wang", WHEN);

        assertThat(app.submittedBy()).isEqualTo("wang");
        assertThat(app.gaps()).isEmpty();
        assertThat(app.isFiledBy("wang")).isTrue();
        assertThat(app.isFiledBy(AppJourneys.APPLICANT)).isTrue();
        assertThat(app.isFiledBy("reviewer-420000")).isFalse();
    }

    @Test
    void returnKeepsEveryGapAtOnce() {
        App app = appIn(UNDER_REVIEW);

        app.returnForRevision(GAPS, WHO, WHEN, WHY);

        assertThat(app.gaps()).containsExactlyElementsOf(GAPS);
    }

    @Test
    void returnWithoutGapsIsRefusedAndChangesNothing() {
        App app = appIn(UNDER_REVIEW);

        assertThatIllegalArgumentException().isThrownBy(() -> app.returnForRevision(List.of(), WHO, WHEN, WHY))
                .withMessageContaining("一次性列明");
        assertThat(app.status()).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void resubmittedApplicationCanBeReturnedAgainWithEverythingListed() {
        App app = appIn(RETURNED);
        app.submit(AppJourneys.APPLICANT, WHEN);
        List<Gap> second = List.of(new Gap(FormSection.OPERATIONS, "等保测评报告未上传"));

        app.returnForRevision(second, WHO, WHEN.plusSeconds(60), "再次退回");

        assertThat(app.status()).isEqualTo(RETURNED);
        assertThat(app.gaps()).containsExactlyElementsOf(second);
        assertThat(app.newChanges()).extracting(StatusChange::to)
                .containsExactly(DRAFT, UNDER_REVIEW, RETURNED, UNDER_REVIEW, RETURNED);
    }

    @Test
    void withdrawWithoutReasonRecordsTheDefaultReason() {
        App app = appIn(DRAFT);

        app.withdraw(WHO, WHEN, " ");

        assertThat(app.newChanges().get(1).reason()).isEqualTo("申请单位撤回");
    }

    static Stream<Arguments> reasonRequired() {
        return Stream.of(
                arguments("reject", UNDER_REVIEW, (Consumer<App>) a -> a.reject(WHO, WHEN, " ")),
                arguments("startExit", FILED, (Consumer<App>) a -> a.startExit(WHO, WHEN, null)),
                arguments("revoke", FILED, (Consumer<App>) a -> a.revoke(WHO, WHEN, "")));
    }

    @ParameterizedTest(name = "{0} without reason")
    @MethodSource("reasonRequired")
    void decisionsAgainstTheAppMustGiveAReason(String method, AppStatus from, Consumer<App> call) {
        App app = appIn(from);

        assertThatIllegalArgumentException().isThrownBy(() -> call.accept(app)).withMessageContaining("理由");
        assertThat(app.status()).isEqualTo(from);
    }

    @Test
    void fileKeepsTheNumberAndTheDate() {
        App app = appIn(UNDER_REVIEW);

        app.file("鄂政应备2026000123号", WHO, WHEN);

        assertThat(app.filingNumber()).isEqualTo("鄂政应备2026000123号");
        assertThat(app.filedAt()).isEqualTo(WHEN);
    }

    @Test
    void numberSurvivesRecheckRectificationChangeAndExit() {
        App app = appIn(FILED);
        String number = app.filingNumber();

        app.proposeChange(WHO, WHEN, "新增模块");
        app.changeDecided(WHO, WHEN, "变更通过");
        app.startRecheck(WHO, WHEN, "定期复核");
        app.startRectification(WHO, WHEN, "整改");
        app.rectified(WHO, WHEN, "整改销号");
        app.startExit(WHO, WHEN, "主动退出");
        app.deregister(WHO, WHEN, "已下架");

        assertThat(app.status()).isEqualTo(EXITED);
        assertThat(app.filingNumber()).isEqualTo(number);
        assertThat(app.newChanges()).extracting(StatusChange::to).endsWith(CHANGE_UNDER_REVIEW, FILED,
                UNDER_RECHECK, RECTIFYING, FILED, EXITING, EXITED);
    }

    @Test
    void registeredAppKeptAfterRecheckIsRegisteredAgainNotFiled() {
        App app = appIn(REGISTERED);
        app.startRecheck(WHO, WHEN, "定期复核");

        app.keepAfterRecheck(WHO, WHEN, "保留");

        assertThat(app.status()).isEqualTo(REGISTERED);
        assertThat(app.filingNumber()).isNull();
    }

    @Test
    void registeredAppRectifiedIsRegisteredAgain() {
        App app = appIn(REGISTERED);
        app.startRecheck(WHO, WHEN, "定期复核");
        app.startRectification(WHO, WHEN, "工作群打卡");

        app.rectified(WHO, WHEN, "已取消打卡");

        assertThat(app.status()).isEqualTo(REGISTERED);
        assertThat(app.newChanges()).last()
                .isEqualTo(new StatusChange(RECTIFYING, REGISTERED, WHO, WHEN, "已取消打卡"));
    }

    @Test
    void integrationEndsInExit() {
        App app = appIn(INTEGRATING);

        app.startExit(WHO, WHEN, "功能已迁入鄂汇办");
        app.deregister(WHO, WHEN, "已注销");

        assertThat(app.newChanges()).extracting(StatusChange::to).endsWith(UNDER_RECHECK, INTEGRATING, EXITING,
                EXITED);
    }

    // ---- guarded commands that are not transitions ------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = AppStatus.class, names = {"DRAFT", "RETURNED", "LIVE_UNFILED"})
    void formCanBeRevisedInDraftReturnedOrLiveUnfiledWithoutATransition(AppStatus status) {
        App app = appIn(status);
        int changes = app.newChanges().size();
        FilingForm revised = Forms.withName(app.form(), "城管通（新版）");

        app.reviseForm(revised, Hubei.WUHAN_OTHER_UNIT);

        assertThat(app.form()).isEqualTo(revised);
        assertThat(app.owner()).isEqualTo(Hubei.WUHAN_OTHER_UNIT);
        assertThat(app.status()).isEqualTo(status);
        assertThat(app.newChanges()).hasSize(changes);
    }

    @ParameterizedTest
    @EnumSource(value = AppStatus.class, names = {"DRAFT", "RETURNED", "LIVE_UNFILED"},
            mode = EnumSource.Mode.EXCLUDE)
    void formCannotBeRevisedElsewhere(AppStatus status) {
        App app = appIn(status);
        FilingForm before = app.form();

        assertThatThrownBy(() -> app.reviseForm(Forms.withName(before, "改名"), Hubei.WUHAN_UNIT))
                .isInstanceOfSatisfying(StateConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo(status.name()))
                .hasMessageContaining(status.label()).hasMessageContaining("修改申请表");
        assertThat(app.form()).isEqualTo(before);
    }

    @Test
    void findingsAreKeptOnlyWhileUnderReview() {
        List<Finding> findings = List.of(Finding.advisory(FindingCode.PLATFORM_OVERLAP, "functions[0].name", "与平台重复"));
        App underReview = appIn(UNDER_REVIEW);
        App draft = appIn(DRAFT);

        underReview.recordFindings(findings);

        assertThat(underReview.findings()).isEqualTo(findings);
        assertThatThrownBy(() -> draft.recordFindings(findings)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining(DRAFT.label());
    }

    @Test
    void changesSavedAssignsIdAndVersionAndForgetsTheSavedChanges() {
        App app = appIn(UNDER_REVIEW);

        app.changesSaved(7L, 1);

        assertThat(app.id()).isEqualTo(7L);
        assertThat(app.version()).isEqualTo(1);
        assertThat(app.newChanges()).isEmpty();
    }

    @Test
    void unnamedAppIsDisplayedAsUnnamed() {
        App app = App.draft(Forms.empty(), Hubei.WUHAN_UNIT, "li", WHEN, null);

        assertThatThrownBy(() -> app.file("x", WHO, WHEN)).hasMessageContaining("（未命名）");
    }

    @Test
    void finalStatusesAreExactlyTheEndsOfTheLifecycle() {
        assertThat(Arrays.stream(AppStatus.values()).filter(AppStatus::isFinal))
                .containsExactlyInAnyOrder(REJECTED, WITHDRAWN, ABANDONED, EXITED, REVOKED);
    }

    @Test
    void onlyANewOrRevisedFormCountsAsChangedUntilItIsSaved() {
        App app = App.draft(Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通"), Hubei.WUHAN_UNIT, "li", WHEN, null);
        assertThat(app.formChanged()).as("never saved").isTrue();
        app.changesSaved(7L, 1);
        assertThat(app.formChanged()).as("saved").isFalse();

        app.submit(WHO, WHEN);
        assertThat(app.formChanged()).as("a transition alone").isFalse();
        app.returnForRevision(GAPS, WHO, WHEN, WHY);
        app.reviseForm(Forms.withName(app.form(), "城管通（新版）"), Hubei.WUHAN_UNIT);
        assertThat(app.formChanged()).as("revised").isTrue();
        app.changesSaved(7L, 2);
        assertThat(app.formChanged()).isFalse();

        App loaded = App.restore(7L, app.form(), app.owner(), app.status(), app.statusSince(), null, null, List.of(),
                List.of(), "li", WHEN, null, null, 2);
        assertThat(loaded.formChanged()).as("as loaded").isFalse();
    }
}
