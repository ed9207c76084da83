package org.fingertip.db.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import org.fingertip.db.dashboard.CountRow;
import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppQuery;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.precheck.FunctionNames;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of apps on MyBatis. An app is one row (the form, findings and gaps as JSON) plus its functions, one
 * row each for the duplicate check, and its transitions, appended and never changed.
 */
@Repository
public class MyBatisApps implements Apps {
    private static final TypeReference<FilingForm> FORM = new TypeReference<>() { };
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };
    private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() { };
    /** What {@link App#displayName()} shows for a draft without a name; lists show the same. */
    private static final String UNNAMED = "（未命名）";

    private final AppMapper mapper;
    private final JsonColumns json = new JsonColumns();

    public MyBatisApps(AppMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<App> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(this::toApp);
    }

    @Override
    public Optional<App> byFilingNumber(String filingNumber) {
        if (filingNumber == null || filingNumber.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.byFilingNumber(filingNumber.strip())).map(this::toApp);
    }

    @Override
    @Transactional
    public App save(App app) {
        AppColumns columns = columnsOf(app);
        int newVersion = app.version() + 1;
        long id;
        if (app.id() == null) {
            NewId key = new NewId();
            mapper.insert(columns, newVersion, key);
            id = key.getId();
        } else {
            id = app.id();
            if (mapper.update(columns, app.version(), newVersion) == 0) {
                throw new StateConflictException("此应用已被他人修改，请刷新后重试", mapper.statusOf(id));
            }
        }
        for (StatusChange change : app.newChanges()) {
            mapper.insertChange(id, change);
        }
        // the functions index (app_function, for the pre-check's duplicates) follows the form, so only a new or
        // changed form rewrites it: a status change alone leaves it as it is
        if (app.formChanged()) {
            mapper.deleteFunctions(id);
            List<FunctionColumns> functions = functionsOf(app.form());
            if (!functions.isEmpty()) {
                mapper.insertFunctions(id, functions);
            }
        }
        app.changesSaved(id, newVersion);
        return app;
    }

    @Override
    public List<StatusChange> history(long appId) {
        return mapper.history(appId);
    }

    @Override
    public AppPage search(AppQuery query) {
        AppFilter filter = filterOf(query);
        int size = Math.max(query.size(), 1);
        int offset = Math.max(query.page(), 0) * size;
        List<AppSummary> items = mapper.search(filter, size, offset).stream().map(MyBatisApps::toSummary).toList();
        return new AppPage(items, mapper.count(filter), query.page(), query.size());
    }

    /** The list's own WHERE, grouped by status ({@code figureByStatus}, as the dashboard counts). */
    @Override
    public Map<AppStatus, Long> countByStatus(AppQuery query) {
        Map<AppStatus, Long> counts = new EnumMap<>(AppStatus.class);
        AppFilter f = filterOf(query);
        AppFilter anyStatus = new AppFilter(f.scopePath(), f.ownerUnitCode(), null, f.kind(), f.level(),
                f.departmentUnitCode(), f.departmentDivisionCode(), f.keywordPattern(), f.excludeDrafts(), f.pending(),
                f.submittedFrom(), f.submittedBefore(), f.clearance());
        for (CountRow r : mapper.figureByStatus(anyStatus)) {
            counts.put(AppStatus.valueOf(r.k1), r.n);
        }
        return counts;
    }

    @Override
    public List<PublicFiling> publicFilings(String number, String namePart, int limit) {
        String exact = blankToNull(number);
        String part = blankToNull(namePart);
        if ((exact == null && part == null) || limit <= 0) {
            return List.of();
        }
        return mapper.publicFilings(exact == null ? null : exact.trim(), part == null ? null : containing(part.trim()),
                        limit).stream()
                .map(MyBatisApps::toPublicFiling)
                .toList();
    }

    // ---- rows to domain and back ---------------------------------------------------------------------------------

    private App toApp(AppRow row) {
        Division division = new Division(row.divisionCode(), row.divisionName(), row.divisionLevel(),
                row.divisionParentCode(), row.divisionPath());
        Unit owner = new Unit(row.ownerUnitCode(), row.ownerUnitName(), division);
        return App.restore(row.id(), json.read(row.formJson(), FORM), owner, row.status(), row.statusSince(),
                row.filingNumber(), row.filedAt(), json.read(row.findingsJson(), FINDINGS),
                json.read(row.gapsJson(), GAPS), row.createdBy(), row.createdAt(), row.submittedBy(),
                row.previousAppId(), row.version());
    }

    private AppColumns columnsOf(App app) {
        FilingForm form = app.form();
        Unit owner = app.owner();
        return new AppColumns(app.id(), form.name(), form.kind(), form.audience(), owner.code(),
                owner.division().path(), owner.level(), app.status(), app.statusSince(), app.filingNumber(),
                app.filedAt(), json.write(form), json.write(app.findings()), json.write(app.gaps()), app.createdBy(),
                app.createdAt(), app.submittedBy(), app.previousAppId());
    }

    private static List<FunctionColumns> functionsOf(FilingForm form) {
        List<FunctionColumns> rows = new ArrayList<>();
        List<FilingForm.AppFunction> functions = form.functionsOrEmpty();
        for (int i = 0; i < functions.size(); i++) {
            FilingForm.AppFunction f = functions.get(i);
            if (f != null) {
                rows.add(new FunctionColumns(i, f.name(), normalisedColumn(f.name()), f.category()));
            }
        }
        return rows;
    }

    /**
     * The normalised name as stored and as searched for. Names are at most 100 characters, but NFKC can lengthen
     * one (a ligature becomes several letters); the column holds 100, so both sides are cut the same way.
     */
    public static String normalisedColumn(String name) {
        String normalised = FunctionNames.normalise(name);
        return normalised.length() <= 100 ? normalised : normalised.substring(0, 100);
    }

    static AppSummary toSummary(AppSummaryRow row) {
        return new AppSummary(row.id(), row.name() == null || row.name().isBlank() ? UNNAMED : row.name(), row.kind(),
                row.audience(), row.status(), row.filingNumber(), row.ownerUnitCode(), row.ownerUnitName(),
                row.level(), row.statusSince());
    }

    private static PublicFiling toPublicFiling(PublicFilingRow row) {
        PublicFiling.FilingStatus standing = PublicFiling.FilingStatus.of(row.status());
        return new PublicFiling(row.filingNumber(), row.name(), row.kind(), row.ownerUnitName(), standing,
                standing == PublicFiling.FilingStatus.VALID ? row.filedAt() : row.statusSince());
    }

    // ---- search filters ------------------------------------------------------------------------------------------

    private static AppFilter filterOf(AppQuery q) {
        DepartmentFilter department = DepartmentFilter.of(q.departmentCode());
        String keyword = blankToNull(q.keyword());
        return new AppFilter(blankToNull(q.scopePath()), blankToNull(q.ownerUnitCode()), q.status(), q.kind(),
                q.level(), department.unitCode(), department.divisionCode(),
                keyword == null ? null : containing(keyword.trim()), !q.includeDrafts(), q.pending(),
                q.submittedFrom(), q.submittedBefore(), q.clearance());
    }

    /** A LIKE pattern for "contains", with the user's % and _ taken literally; the SQL says ESCAPE '!'. */
    static String containing(String text) {
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
