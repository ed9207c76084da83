package org.fingertip.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.precheck.FiledFunctions.SharedFunctions;
import org.fingertip.registry.precheck.FunctionNames;
import org.junit.jupiter.api.Test;

/** The in-memory ports behave like the database adapters the other modules' tests stand in for. */
class InMemoryPortsTest {
    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    private final InMemoryApps apps = new InMemoryApps();

    private App newDraft(String name) {
        return apps.save(App.draft(Forms.complete(Hubei.WUHAN_UNIT.code(), name), Hubei.WUHAN_UNIT, "li", T, null));
    }

    @Test
    void assignsIdsFromOneAndBumpsTheVersionOnEverySave() {
        App first = newDraft("城管通");
        App second = newDraft("民政通");

        assertThat(first.id()).isEqualTo(1L);
        assertThat(second.id()).isEqualTo(2L);
        assertThat(first.version()).isEqualTo(1);
        App loaded = apps.byId(1L).orElseThrow();
        loaded.submit("li", T);
        apps.save(loaded);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(apps.byId(1L).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void appendsTheNewTransitionsToTheHistoryOnce() {
        App app = newDraft("城管通");
        app.submit("li", T.plusSeconds(1));
        apps.save(app);
        apps.save(app);

        assertThat(apps.history(app.id())).extracting(StatusChange::to)
                .containsExactly(AppStatus.DRAFT, AppStatus.UNDER_REVIEW);
        assertThat(app.newChanges()).isEmpty();
        assertThat(apps.history(404L)).isEmpty();
    }

    @Test
    void refusesAStaleCopy() {
        long id = newDraft("城管通").id();
        App mine = apps.byId(id).orElseThrow();
        App theirs = apps.byId(id).orElseThrow();
        theirs.withdraw("wang", T, "撤回");
        apps.save(theirs);

        mine.submit("li", T);

        assertThatIllegalStateException().isThrownBy(() -> apps.save(mine)).withMessageContaining("version");
        assertThat(apps.byId(id).orElseThrow().status()).isEqualTo(AppStatus.WITHDRAWN);
        assertThat(apps.history(id)).extracting(StatusChange::to)
                .containsExactly(AppStatus.DRAFT, AppStatus.WITHDRAWN);
    }

    @Test
    void unsavedChangesDoNotLeakIntoTheStore() {
        long id = newDraft("城管通").id();
        App loaded = apps.byId(id).orElseThrow();

        loaded.submit("li", T);

        assertThat(apps.byId(id).orElseThrow().status()).isEqualTo(AppStatus.DRAFT);
        assertThat(apps.all()).extracting(App::status).containsExactly(AppStatus.DRAFT);
    }

    @Test
    void refusesToUpdateAnAppItNeverStored() {
        App ghost = App.restore(42L, Forms.empty(), Hubei.WUHAN_UNIT, AppStatus.DRAFT, T, null, null, List.of(),
                List.of(), "li", T, null, null, 3);

        assertThatIllegalStateException().isThrownBy(() -> apps.save(ghost)).withMessageContaining("42");
    }

    @Test
    void searchesWithinTheScopeWithFiltersAndPages() {
        FilingFixture fx = new FilingFixture();
        fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");
        fx.draft(Hubei.DISTRICT_UNIT, Forms.complete(Hubei.DISTRICT_UNIT.code(), "江岸通"));
        fx.draft(Hubei.YICHANG_UNIT, Forms.complete(Hubei.YICHANG_UNIT.code(), "宜昌人社"));

        AppPage wuhan = fx.apps.search(new AppQuery(Hubei.WUHAN.path(), null, null, null, null, null, null, 0, 10));
        AppPage filed = fx.apps.search(new AppQuery(Hubei.PROVINCE.path(), null, AppStatus.FILED, null, null, null,
                null, 0, 10));
        AppPage county = fx.apps.search(new AppQuery(Hubei.PROVINCE.path(), null, null, null, DivisionLevel.COUNTY,
                null, null, 0, 10));
        AppPage byDivision = fx.apps.search(new AppQuery(Hubei.PROVINCE.path(), null, null, null, null, "420500",
                null, 0, 10));
        AppPage byNumber = fx.apps.search(new AppQuery(Hubei.PROVINCE.path(), null, null, null, null, null,
                "2026000001", 0, 10));
        AppPage secondPage = fx.apps.search(new AppQuery(Hubei.PROVINCE.path(), null, null, null, null, null, null,
                1, 2));

        assertThat(wuhan.items()).extracting(AppSummary::name).containsExactly("城管通", "江岸通");
        assertThat(filed.items()).singleElement().satisfies(s -> {
            assertThat(s.filingNumber()).isEqualTo("鄂政应备2026000001号");
            assertThat(s.ownerUnitName()).isEqualTo(Hubei.WUHAN_UNIT.name());
            assertThat(s.level()).isEqualTo(DivisionLevel.CITY);
        });
        assertThat(county.items()).extracting(AppSummary::name).containsExactly("江岸通");
        assertThat(byDivision.items()).extracting(AppSummary::name).containsExactly("宜昌人社");
        assertThat(byNumber.items()).extracting(AppSummary::name).containsExactly("城管通");
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.items()).extracting(AppSummary::name).containsExactly("宜昌人社");
    }

    @Test
    void publicLookupListsOnlyNumberedAppsWithTheStandingOfTheirFiling() {
        FilingFixture fx = new FilingFixture();
        App kept = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");
        App revoked = fx.filed(Hubei.YICHANG_UNIT, "宜昌人社", "社保查询");
        fx.rejected(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通二期"));
        App loaded = fx.reload(revoked);
        fx.clock.advance(java.time.Duration.ofDays(30));
        loaded.revoke("reviewer-420000", fx.clock.instant(), "违规未整改");
        fx.apps.save(loaded);

        List<PublicFiling> byName = fx.apps.publicFilings(null, "城管通", 10);
        List<PublicFiling> byNumber = fx.apps.publicFilings(revoked.filingNumber(), null, 10);

        assertThat(byName).singleElement().satisfies(p -> {
            assertThat(p.filingNumber()).isEqualTo(kept.filingNumber());
            assertThat(p.filingStatus()).isEqualTo(PublicFiling.FilingStatus.VALID);
            assertThat(p.since()).isEqualTo(kept.filedAt());
        });
        assertThat(byNumber).singleElement().satisfies(p -> {
            assertThat(p.filingStatus()).isEqualTo(PublicFiling.FilingStatus.REVOKED);
            assertThat(p.since()).isEqualTo(fx.clock.instant());
        });
        assertThat(fx.apps.publicFilings(null, null, 1)).hasSize(1);
    }

    @Test
    void findsAnAppByItsFilingNumberWhateverItsStanding() {
        FilingFixture fx = new FilingFixture();
        App filed = fx.filed(Hubei.WUHAN_UNIT, "城管通", "案件上报");
        fx.draft(Hubei.WUHAN_UNIT, Forms.complete(Hubei.WUHAN_UNIT.code(), "城管草稿"));

        assertThat(fx.apps.byFilingNumber(filed.filingNumber())).hasValueSatisfying(
                a -> assertThat(a.id()).isEqualTo(filed.id()));
        assertThat(fx.apps.byFilingNumber(" " + filed.filingNumber() + " ")).isPresent();
        assertThat(fx.apps.byFilingNumber("鄂政应备2026999999号")).isEmpty();
        assertThat(fx.apps.byFilingNumber(null)).isEmpty();
    }

    @Test
    void filedFunctionsCountOnlyFiledAppsInTheSubtreeAndTheNamesAskedFor() {
        FilingFixture fx = new FilingFixture();
        App wuhan = fx.filed(Hubei.WUHAN_UNIT, "城管通", "在线办事", "政策 查询", "案件上报");
        fx.filed(Hubei.YICHANG_UNIT, "宜昌人社", "在线办事");
        fx.passedPreCheck(Hubei.DISTRICT_UNIT, Forms.complete(Hubei.DISTRICT_UNIT.code(), "江岸通", "在线办事"));
        List<String> asked = List.of(FunctionNames.normalise("在线办事"), FunctionNames.normalise("政策查询"), "其他");

        List<SharedFunctions> shared = fx.filedFunctions.filedAppsSharing(Hubei.WUHAN.path(), asked, 999L);

        assertThat(shared).containsExactly(new SharedFunctions(wuhan.id(), "城管通", wuhan.filingNumber(), 2));
        assertThat(fx.filedFunctions.filedAppsSharing(Hubei.WUHAN.path(), asked, wuhan.id())).isEmpty();
        assertThat(fx.filedFunctions.filedAppsSharing(Hubei.PROVINCE.path(), asked, 999L)).hasSize(2);
    }

    @Test
    void filingNumbersCountPerProvinceAndYearWithoutGapsOrRepeatsUnderConcurrency() throws Exception {
        InMemoryFilingNumbers numbers = new InMemoryFilingNumbers();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> taken = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                taken.add(pool.submit(() -> numbers.next("420000", 2026)));
            }
            Set<Long> distinct = ConcurrentHashMap.newKeySet();
            for (Future<Long> f : taken) {
                distinct.add(f.get(10, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(400).allMatch(n -> n >= 1 && n <= 400);
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers.next("420000", 2027)).isEqualTo(1L);
        assertThat(numbers.next("330000", 2026)).isEqualTo(1L);
        assertThat(numbers.next("420000", 2026)).isEqualTo(401L);
    }

    @Test
    void departmentsFindWhatLiesWithinADivision() {
        InMemoryDepartments departments = new InMemoryDepartments();
        Hubei.loadInto(departments);

        assertThat(departments.divisionsWithin("420100")).extracting(Division::code)
                .containsExactly("420100", "420102", "420102001", "420102001001");
        assertThat(departments.unitsWithin("420102")).extracting(Unit::code)
                .containsExactly("420102-001", "420102001-001", "420102001001-001");
        assertThat(departments.unitsWithin("999999")).isEmpty();
        assertThat(departments.unit("420500-003")).contains(Hubei.YICHANG_UNIT);
        assertThat(departments.division("420000")).contains(Hubei.PROVINCE);
    }

    @Test
    void hubeiTreeHasTheLevelsAndPathsOfTheDomain() {
        assertThat(Hubei.COMMUNITY.path()).isEqualTo("/420000/420100/420102/420102001/420102001001/");
        assertThat(Hubei.units()).extracting(Unit::level).containsExactly(DivisionLevel.PROVINCE, DivisionLevel.CITY,
                DivisionLevel.CITY, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE,
                DivisionLevel.CITY);
        assertThat(Hubei.STREET.cityPath()).isEqualTo(Hubei.WUHAN.path());
        assertThat(Hubei.COMMUNITY.cityCode()).isEqualTo("420100");
        assertThat(Hubei.PROVINCE.cityCode()).isEqualTo("420000");
        assertThat(Hubei.YICHANG_UNIT.isWithin(Hubei.WUHAN)).isFalse();
    }

    @Test
    void reviewsAreNumberedAndListedOldestFirst() {
        FilingFixture fx = new FilingFixture();
        App app = fx.filed(Hubei.DISTRICT_UNIT, "江岸通", "在线办事");

        assertThat(fx.reviews.ofApp(app.id())).extracting(r -> r.id()).containsExactly(1L, 2L);
        assertThat(fx.reviews.byId(2L)).hasValueSatisfying(r -> assertThat(r.appId()).isEqualTo(app.id()));
        assertThat(fx.reviews.byId(3L)).isEmpty();
    }
}
