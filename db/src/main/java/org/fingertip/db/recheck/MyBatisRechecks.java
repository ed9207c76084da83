package org.fingertip.db.recheck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckStep;
import org.fingertip.registry.recheck.Rechecks;
import org.fingertip.registry.recheck.VerdictOutcome;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.stereotype.Repository;

/** Re-checks on MyBatis: optimistic versions, steps appended, the computed reasons as a comma list. */
@Repository
public class MyBatisRechecks implements Rechecks {
    private final RecheckMapper mapper;
    private final Departments departments;

    public MyBatisRechecks(RecheckMapper mapper, Departments departments) {
        this.mapper = mapper;
        this.departments = departments;
    }

    @Override
    public Recheck save(Recheck recheck) {
        RecheckRow row = toRow(recheck);
        row.version = recheck.version() + 1;
        long id;
        if (recheck.id() == null) {
            mapper.insert(row);
            id = row.id;
        } else {
            if (mapper.update(row, recheck.version()) == 0) {
                throw new StateConflictException("此复核已被他人处理，请刷新后重试", recheck.state().name());
            }
            id = recheck.id();
        }
        for (RecheckStep step : recheck.newSteps()) {
            mapper.insertStep(id, step);
        }
        recheck.stepsSaved(id, row.version);
        return recheck;
    }

    @Override
    public Optional<Recheck> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(this::toRecheck);
    }

    @Override
    public List<RecheckStep> steps(long recheckId) {
        return mapper.steps(recheckId);
    }

    @Override
    public Optional<Recheck> openFor(long appId) {
        return Optional.ofNullable(mapper.openFor(appId)).map(this::toRecheck);
    }

    private Recheck toRecheck(RecheckRow r) {
        Unit owner = departments.unit(r.ownerUnitCode)
                .orElseThrow(() -> new IllegalStateException("recheck " + r.id + " names unknown unit " + r.ownerUnitCode));
        VerdictOutcome computed = null;
        if (r.computedVerdict != null) {
            List<RecheckReason> reasons = r.computedReasons == null || r.computedReasons.isBlank() ? List.of()
                    : Arrays.stream(r.computedReasons.split(",")).map(String::strip).map(RecheckReason::valueOf).toList();
            computed = new VerdictOutcome(r.computedVerdict, reasons, reasons.contains(RecheckReason.ZOMBIE));
        }
        return Recheck.restore(r.id, r.appId, r.appName, owner, r.triggerKind, r.state, r.proposal, r.statement,
                r.answeredBy, r.answeredAt, r.selfInspectionLate, computed, r.confirmedVerdict, r.confirmedBy,
                r.overrideReason, r.windowEnds, r.appeal, r.outcome, r.startedBy, r.startedAt, r.concludedAt,
                r.version);
    }

    private static RecheckRow toRow(Recheck c) {
        RecheckRow r = new RecheckRow();
        r.id = c.id();
        r.appId = c.appId();
        r.appName = c.appName();
        r.ownerUnitCode = c.owner().code();
        r.ownerDivisionPath = c.owner().division().path();
        r.triggerKind = c.trigger();
        r.state = c.state();
        r.proposal = c.proposal();
        r.statement = c.statement();
        r.answeredBy = c.answeredBy();
        r.answeredAt = c.answeredAt();
        r.selfInspectionLate = c.selfInspectionLate();
        if (c.computed() != null) {
            r.computedVerdict = c.computed().verdict();
            r.computedReasons = c.computed().reasons().stream().map(Enum::name).collect(Collectors.joining(","));
        }
        r.confirmedVerdict = c.confirmed();
        r.confirmedBy = c.confirmedBy();
        r.overrideReason = c.overrideReason();
        r.windowEnds = c.windowEnds();
        r.appeal = c.appeal();
        r.outcome = c.outcome();
        r.startedBy = c.startedBy();
        r.startedAt = c.startedAt();
        r.concludedAt = c.concludedAt();
        return r;
    }
}
