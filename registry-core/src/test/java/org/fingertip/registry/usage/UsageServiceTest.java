package org.fingertip.registry.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.FilingFixture;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.fingertip.registry.testing.InMemoryUsageFacts;
import org.fingertip.registry.usage.ImportResult.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsageServiceTest {
    /** The fixture's clock stands at 2026-03-02: February is the last whole month. */
    private static final UsageEntry FEBRUARY = new UsageEntry("2026-02", "1200", "35000", "2026-01-20", "2026-02-27", "是");

    private final FilingFixture fx = new FilingFixture();
    private final InMemoryUsageFacts facts = new InMemoryUsageFacts();
    private final UsageService service = new UsageService(fx.apps, facts, fx.clock);

    private final Actor owner = Actors.applicant(Hubei.WUHAN_UNIT);
    private final Actor wuhanSupervisor = Actors.supervisor("supervisor.wuhan", Hubei.WUHAN);
    private final Actor provinceSupervisor = Actors.supervisor("supervisor.hubei", Hubei.PROVINCE);
    private final Actor admin = Actors.admin("admin", Hubei.PROVINCE);

    private App wuhanApp;
    private App yichangApp;
    private App wuhanAccount;
    private App wuhanDraft;

    @BeforeEach
    void apps() {
        wuhanApp = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");
        yichangApp = fx.filed(Hubei.YICHANG_UNIT, "宜昌人社通", "社保查询");
        wuhanAccount = fx.service.recordInventory(provinceSupervisor,
                Forms.withKind(Forms.complete(Hubei.WUHAN_UNIT.code(), "武汉城管发布"), AppKind.PUBLIC_ACCOUNT), "清查登记");
        wuhanDraft = fx.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "城管草稿"));
    }

    private static UsageEntry users(UsageEntry e, String monthlyActiveUsers) {
        return new UsageEntry(e.month(), monthlyActiveUsers, e.audienceSize(), e.lastUpdate(), e.lastPost(),
                e.servicesAnswer());
    }

    private static UsageEntry month(YearMonth month, long users) {
        LocalDate end = month.atEndOfMonth();
        return new UsageEntry(month.toString(), Long.toString(users), "5000", end.minusDays(10).toString(),
                end.minusDays(1).toString(), "1");
    }

    // ---- one month through the API ---------------------------------------------------------------------------------

    @Test
    void theOwnerUnitsApplicantRecordsAMonthOfItsOwnApp() {
        UsageService.Recorded r = service.record(owner, wuhanApp.id(), FEBRUARY);

        assertThat(r.changed()).isTrue();
        assertThat(r.month()).isEqualTo(new UsageMonth(wuhanApp.id(), YearMonth.of(2026, 2), 1200, 35000,
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 27), true, owner.username(), fx.clock.instant()));
        assertThat(facts.latest(wuhanApp.id())).contains(r.month());
    }

    @Test
    void givenTheSameValuesAgain_thenNothingChangesAndTheFirstRecorderStays() {
        UsageMonth first = service.record(owner, wuhanApp.id(), FEBRUARY).month();
        fx.clock.advance(Duration.ofDays(1));

        UsageService.Recorded again = service.record(wuhanSupervisor, wuhanApp.id(), FEBRUARY);

        assertThat(again.changed()).isFalse();
        assertThat(again.month()).isEqualTo(first);
        assertThat(facts.writes()).isEqualTo(1);
    }

    @Test
    void givenDifferentValues_thenTheMonthIsReplacedAndTheChangeRecorded() {
        service.record(owner, wuhanApp.id(), FEBRUARY);
        fx.clock.advance(Duration.ofHours(3));

        UsageService.Recorded corrected = service.record(wuhanSupervisor, wuhanApp.id(), users(FEBRUARY, "1300"));

        assertThat(corrected.changed()).isTrue();
        assertThat(facts.history(wuhanApp.id(), 24)).singleElement().satisfies(m -> {
            assertThat(m.monthlyActiveUsers()).isEqualTo(1300);
            assertThat(m.recordedBy()).isEqualTo("supervisor.wuhan");
            assertThat(m.recordedAt()).isEqualTo(fx.clock.instant());
        });
    }

    @Test
    void supervisorsAndOperatorsRecordAppsOfTheirJurisdiction() {
        assertThat(service.record(wuhanSupervisor, wuhanAccount.id(), FEBRUARY).changed()).isTrue();
        assertThat(service.record(provinceSupervisor, yichangApp.id(), FEBRUARY).changed()).isTrue();
        assertThat(service.record(admin, wuhanApp.id(), users(FEBRUARY, "1"))).extracting(UsageService.Recorded::changed)
                .isEqualTo(true);
    }

    static Stream<Arguments> whoMayNot() {
        return Stream.of(
                arguments("applicant of another unit", Actors.applicant(Hubei.WUHAN_OTHER_UNIT), NotFoundException.class),
                arguments("supervisor of another city", Actors.supervisor("supervisor.yichang", Hubei.YICHANG),
                        NotFoundException.class),
                arguments("reviewer of the city", Actors.wuhanReviewer(), ForbiddenException.class),
                arguments("observer of the city", Actors.observer("observer.wuhan", Hubei.WUHAN), ForbiddenException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoMayNot")
    void othersMayNotRecord(String who, Actor actor, Class<? extends Exception> refusal) {
        assertThatThrownBy(() -> service.record(actor, wuhanApp.id(), FEBRUARY)).isInstanceOf(refusal);
        assertThat(facts.writes()).isZero();
    }

    @Test
    void aDraftIsNotFoundForASupervisor() {
        assertThatThrownBy(() -> service.record(wuhanSupervisor, wuhanDraft.id(), FEBRUARY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.record(owner, 987_654L, FEBRUARY)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenWrongValues_thenNothingIsStoredAndEveryFieldIsNamed() {
        UsageEntry wrong = new UsageEntry("2026-04", "-1", "35000", "2026-01-20", "2026-02-27", "也许");

        assertThatThrownBy(() -> service.record(owner, wuhanApp.id(), wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("month", "monthlyActiveUsers", "servicesAnswer"));
        assertThat(facts.writes()).isZero();
    }

    @Test
    void theHistoryIsNewestFirstAndAtMostTwentyFourMonthsForAnyoneWhoSeesTheApp() {
        YearMonth march = YearMonth.of(2026, 3);
        for (int i = 29; i >= 0; i--) {
            YearMonth m = march.minusMonths(i);
            UsageEntry e = m.equals(march)
                    ? new UsageEntry("2026-03", "10", "5000", "2026-03-01", "2026-03-02", "是") : month(m, i);
            service.record(owner, wuhanApp.id(), e);
        }

        List<UsageMonth> history = service.history(Actors.observer("observer.wuhan", Hubei.WUHAN), wuhanApp.id());

        assertThat(history).hasSize(UsageService.HISTORY_MONTHS);
        assertThat(history.get(0).month()).isEqualTo(march);
        assertThat(history.get(23).month()).isEqualTo(march.minusMonths(23));
        assertThatThrownBy(() -> service.history(Actors.yichangReviewer(), wuhanApp.id()))
                .isInstanceOf(NotFoundException.class);
    }

    // ---- import ------------------------------------------------------------------------------------------------------

    private static UsageRow byId(int line, App app, UsageEntry e) {
        return UsageRow.of(line, Long.toString(app.id()), null, e);
    }

    private static UsageRow byNumber(int line, App app, UsageEntry e) {
        return UsageRow.of(line, null, app.filingNumber(), e);
    }

    @Test
    void givenGoodRowsByIdAndByNumber_thenTheyLoadAndLoadingThemAgainChangesNothing() {
        List<UsageRow> rows = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> rows.add(byId(i + 2, wuhanApp, month(YearMonth.of(2025, 2).plusMonths(i), i))));
        IntStream.range(0, 12).forEach(i -> rows.add(byNumber(i + 14, yichangApp,
                month(YearMonth.of(2025, 2).plusMonths(i), 100 + i))));

        ImportResult first = service.importRows(provinceSupervisor, rows);
        ImportResult second = service.importRows(provinceSupervisor, rows);

        assertThat(first).isEqualTo(new ImportResult(24, 0, List.of()));
        assertThat(second).isEqualTo(new ImportResult(0, 24, List.of()));
        assertThat(facts.history(yichangApp.id(), 24)).hasSize(12).allMatch(m -> m.recordedBy().equals("supervisor.hubei"));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments("unknown app id", UsageRow.of(2, "987654", null, FEBRUARY), "应用编号 987654 不在您的辖区内或不存在"),
                arguments("unknown filing number", UsageRow.of(2, null, "鄂政应备2026999999号", FEBRUARY),
                        "备案号 鄂政应备2026999999号 不在您的辖区内或不存在"),
                arguments("no app named", UsageRow.of(2, " ", "", FEBRUARY), "请填写应用编号或备案号"),
                arguments("app id not a number", UsageRow.of(2, "A12", null, FEBRUARY), "应用编号应为数字"),
                arguments("bad month", UsageRow.of(2, "1", null, new UsageEntry("2025-13", "1", "2", "2025-01-01",
                        "2025-01-01", "是")), "月份：月份格式应为 yyyy-MM"),
                arguments("negative number", UsageRow.of(2, "1", null, users(FEBRUARY, "-3")), "月活跃用户数：不能为负数"),
                arguments("unreadable line", UsageRow.unreadable(2, "引号未闭合"), "引号未闭合"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsRejectedWithItsLineAndReasonAndTheGoodRowsStillLoad(String what, UsageRow bad, String reason) {
        UsageRow good = byId(3, wuhanApp, FEBRUARY);

        ImportResult result = service.importRows(wuhanSupervisor, List.of(bad, good));

        assertThat(result.loaded()).isEqualTo(1);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains(reason);
        });
    }

    @Test
    void anAppOutsideTheJurisdictionReadsExactlyLikeOneThatDoesNotExist() {
        long unknownId = 987_654L;
        ImportResult result = service.importRows(wuhanSupervisor, List.of(
                UsageRow.of(2, Long.toString(yichangApp.id()), null, FEBRUARY),
                UsageRow.of(3, Long.toString(unknownId), null, FEBRUARY),
                byNumber(4, yichangApp, FEBRUARY),
                UsageRow.of(5, Long.toString(wuhanDraft.id()), null, FEBRUARY)));

        assertThat(result.loaded()).isZero();
        assertThat(result.rejected()).extracting(Rejection::reason).containsExactly(
                "应用编号 " + yichangApp.id() + " 不在您的辖区内或不存在",
                "应用编号 " + unknownId + " 不在您的辖区内或不存在",
                "备案号 " + yichangApp.filingNumber() + " 不在您的辖区内或不存在",
                "应用编号 " + wuhanDraft.id() + " 不在您的辖区内或不存在");
    }

    @Test
    void everyReasonOfARowIsGivenAtOnce() {
        UsageRow row = UsageRow.of(7, "987654", null, new UsageEntry("2026-02", "-1", "", "2026-01-01", "2026-02-01", "也许"));

        Rejection r = service.importRows(admin, List.of(row)).rejected().get(0);

        assertThat(r.reason()).isEqualTo("应用编号 987654 不在您的辖区内或不存在；月活跃用户数：不能为负数，收到“-1”；"
                + "服务对象规模：请填写服务对象规模（不小于 0 的整数）；服务是否可用：应为 是/否、true/false 或 1/0，收到“也许”");
    }

    @Test
    void givenIdAndNumberOfDifferentApps_thenTheRowIsRejected() {
        ImportResult result = service.importRows(provinceSupervisor,
                List.of(UsageRow.of(2, Long.toString(wuhanApp.id()), yichangApp.filingNumber(), FEBRUARY)));

        assertThat(result.rejected()).extracting(Rejection::reason)
                .containsExactly("备案号 " + yichangApp.filingNumber() + " 与应用编号 " + wuhanApp.id() + " 不是同一应用");
    }

    @Test
    void givenTheSameAppAndMonthTwiceInOneFile_thenTheLaterRowIsRejectedSoThatAReloadChangesNothing() {
        List<UsageRow> rows = List.of(byId(2, wuhanApp, FEBRUARY), byNumber(3, wuhanApp, users(FEBRUARY, "9")));

        ImportResult first = service.importRows(wuhanSupervisor, rows);
        ImportResult second = service.importRows(wuhanSupervisor, rows);

        assertThat(first.loaded()).isEqualTo(1);
        assertThat(first.rejected()).containsExactly(new Rejection(3, "与第 2 行重复：同一应用同一月份只能有一行"));
        assertThat(second.loaded()).isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(facts.month(wuhanApp.id(), YearMonth.of(2026, 2)).orElseThrow().monthlyActiveUsers()).isEqualTo(1200);
    }

    @Test
    void onlySupervisorsAndOperatorsImport() {
        for (Actor actor : List.of(owner, Actors.wuhanReviewer(), Actors.observer("observer.wuhan", Hubei.WUHAN))) {
            assertThatThrownBy(() -> service.importRows(actor, List.of(byId(2, wuhanApp, FEBRUARY))))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(facts.writes()).isZero();
    }

    @Test
    void aFileOfMoreThanFiftyThousandRowsIsRefusedWhole() {
        List<UsageRow> rows = IntStream.rangeClosed(2, UsageService.MAX_IMPORT_ROWS + 2)
                .mapToObj(line -> byId(line, wuhanApp, FEBRUARY)).toList();

        assertThatThrownBy(() -> service.importRows(admin, rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("file"));
        assertThat(facts.writes()).isZero();
    }
}
