package org.fingertip.db.exit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import org.fingertip.db.app.JsonColumns;
import org.fingertip.db.department.DepartmentFilter;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.ExitStep;
import org.fingertip.registry.exit.Exits;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.stereotype.Repository;

/**
 * Exits on MyBatis: optimistic versions, steps appended; the plan and the recorded details as JSON; the open exit of
 * an app held unique by {@code open_app_id}.
 */
@Repository
public class MyBatisExits implements Exits {
    /** The states before the app is offline, as the state column spells them (an overdue exit is in one). */
    static final List<String> NOT_OFFLINE = Arrays.stream(ExitState.values()).filter(s -> !s.isOffline())
            .map(Enum::name).toList();

    private static final TypeReference<ExitPlan> PLAN = new TypeReference<>() {
    };
    private static final TypeReference<Exit.Details> DETAILS = new TypeReference<>() {
    };

    private final ExitMapper mapper;
    private final Departments departments;
    private final JsonColumns json = new JsonColumns();

    public MyBatisExits(ExitMapper mapper, Departments departments) {
        this.mapper = mapper;
        this.departments = departments;
    }

    @Override
    public Exit save(Exit e) {
        ExitRow row = toRow(e);
        row.version = e.version() + 1;
        long id;
        if (e.id() == null) {
            try {
                mapper.insert(row);
            } catch (org.springframework.dao.DuplicateKeyException dup) {
                throw new StateConflictException("应用“" + e.appName() + "”已在退出中", "EXITING");
            }
            id = row.id;
        } else {
            if (mapper.update(row, e.version()) == 0) {
                throw new StateConflictException("此退出已被他人处理，请刷新后重试", e.state().name());
            }
            id = e.id();
        }
        for (ExitStep step : e.newSteps()) {
            mapper.insertStep(id, step);
        }
        e.stepsSaved(id, row.version);
        return e;
    }

    @Override
    public Optional<Exit> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(this::toExit);
    }

    @Override
    public Optional<Exit> openFor(long appId) {
        return Optional.ofNullable(mapper.openFor(appId)).map(this::toExit);
    }

    @Override
    public Optional<Exit> latestFor(long appId) {
        return Optional.ofNullable(mapper.latestFor(appId)).map(this::toExit);
    }

    @Override
    public List<ExitStep> steps(long exitId) {
        return mapper.steps(exitId);
    }

    @Override
    public ExitPage search(String scopePath, ExitState state, String departmentCode, LocalDate overdueOn,
                           boolean openOnly, int page, int size) {
        DepartmentFilter d = DepartmentFilter.of(departmentCode);
        List<ExitPage.Row> rows = mapper.search(scopePath, state, d.unitCode(), d.divisionCode(), overdueOn,
                NOT_OFFLINE, openOnly, page * size, size).stream().map(this::toRow).toList();
        return new ExitPage(rows, mapper.count(scopePath, state, d.unitCode(), d.divisionCode(), overdueOn,
                NOT_OFFLINE, openOnly), page, size);
    }

    @Override
    public ExitPage published(String namePart, int page, int size) {
        List<ExitPage.Row> rows = mapper.published(namePart, page * size, size).stream().map(this::toRow).toList();
        return new ExitPage(rows, mapper.countPublished(namePart), page, size);
    }

    @Override
    public ExitFigures figures(String scopePath) {
        FiguresRow f = mapper.figures(scopePath);
        return new ExitFigures(f.examined, f.integrated, f.closed, f.examined - f.integrated - f.closed - f.exiting,
                f.exiting);
    }

    private ExitPage.Row toRow(ExitRow r) {
        ExitPlan plan = r.planJson == null ? null : json.read(r.planJson, PLAN);
        return new ExitPage.Row(r.id, r.appId, r.appName, r.filingNumber, r.ownerUnitCode, r.ownerUnitName,
                r.triggerKind, r.state, r.reason, r.toPlatform, plan == null ? null : plan.replacement(),
                plan == null ? null : plan.userNotice(), r.offlineDate, r.effectiveDeadline, r.deadlineMissed,
                r.noticePublishedAt, r.exitedAt, r.startedAt);
    }

    private Exit toExit(ExitRow r) {
        Unit owner = departments.unit(r.ownerUnitCode)
                .orElseThrow(() -> new IllegalStateException("exit " + r.id + " names unknown unit " + r.ownerUnitCode));
        Exit.Start start = new Exit.Start(r.appId, r.appName, owner, r.triggerKind, r.recheckId, r.suggestedReason,
                r.directedBy, r.deadline, r.effectiveDeadline, r.deadlineNote, r.startedBy, r.startedAt);
        Exit.Details stored = json.read(r.detailsJson, DETAILS);
        ExitPlan plan = r.planJson == null ? null : json.read(r.planJson, PLAN);
        Exit.Details details = new Exit.Details(plan, stored.returnComment(), stored.migratedUsers(),
                stored.migrationNote(), r.noticePublishedAt, r.offlineDate, r.offlineConfirmedAt,
                stored.storesDelisted(), stored.offlineEvidence(), r.deregistrationDue, r.deregistrationLate,
                stored.deregistrationStatement(), r.deadlineMissed, stored.verifiedBy(), r.exitedAt);
        return Exit.restore(r.id, start, r.state, details, r.version);
    }

    private ExitRow toRow(Exit e) {
        ExitRow r = new ExitRow();
        Exit.Details d = e.details();
        r.id = e.id();
        r.appId = e.appId();
        r.openAppId = e.state().isFinal() ? null : e.appId();
        r.appName = e.appName();
        r.ownerUnitCode = e.owner().code();
        r.ownerDivisionPath = e.owner().division().path();
        r.triggerKind = e.trigger();
        r.recheckId = e.recheckId();
        r.suggestedReason = e.suggestedReason();
        r.directedBy = e.directedBy();
        r.deadline = e.deadline();
        r.effectiveDeadline = e.effectiveDeadline();
        r.deadlineNote = e.deadlineNote();
        r.state = e.state();
        r.reason = e.plan() == null ? null : e.plan().reason();
        r.toPlatform = e.plan() != null && e.plan().toPlatform();
        r.planJson = e.plan() == null ? null : json.write(e.plan());
        r.offlineDate = d.offlineDate();
        r.noticePublishedAt = d.noticePublishedAt();
        r.offlineConfirmedAt = d.offlineConfirmedAt();
        r.deregistrationDue = d.deregistrationDue();
        r.deregistrationLate = d.deregistrationLate();
        r.deadlineMissed = d.deadlineMissed();
        r.exitedAt = d.exitedAt();
        // what the columns hold is not repeated in the JSON
        r.detailsJson = json.write(new Exit.Details(null, d.returnComment(), d.migratedUsers(), d.migrationNote(),
                null, null, null, d.storesDelisted(), d.offlineEvidence(), null, false,
                d.deregistrationStatement(), false, d.verifiedBy(), null));
        r.startedBy = e.startedBy();
        r.startedAt = e.startedAt();
        return r;
    }
}
