package org.fingertip.db.change;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import org.fingertip.db.app.JsonColumns;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeFilings;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.change.ChangeState;
import org.fingertip.registry.change.ChangeStep;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.registry.shared.StateConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Change filings on MyBatis: optimistic versions, steps appended, both forms (old and new values) and the findings and
 * gaps as JSON. The open app's unique key turns a second open change of one app into a state conflict.
 */
@Repository
public class MyBatisChangeFilings implements ChangeFilings {
    private static final TypeReference<FilingForm> FORM = new TypeReference<>() { };
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };
    private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() { };

    private final ChangeFilingMapper mapper;
    private final Departments departments;
    private final JsonColumns json = new JsonColumns();

    public MyBatisChangeFilings(ChangeFilingMapper mapper, Departments departments) {
        this.mapper = mapper;
        this.departments = departments;
    }

    @Override
    public ChangeFiling save(ChangeFiling change) {
        ChangeFilingRow row = toRow(change);
        row.version = change.version() + 1;
        long id;
        try {
            if (change.id() == null) {
                mapper.insert(row);
                id = row.id;
            } else {
                if (mapper.update(row, change.version()) == 0) {
                    throw new StateConflictException("此变更已被他人处理，请刷新后重试", change.state().name());
                }
                id = change.id();
            }
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("应用“" + change.appName() + "”已有一项未办结的变更；同一应用同时只能有一项变更",
                    ChangeState.UNDER_REVIEW.name());
        }
        for (ChangeStep step : change.newSteps()) {
            mapper.insertStep(id, step);
        }
        change.stepsSaved(id, row.version);
        return change;
    }

    @Override
    public Optional<ChangeFiling> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(this::toChange);
    }

    @Override
    public Optional<ChangeFiling> openFor(long appId) {
        return Optional.ofNullable(mapper.openFor(appId)).map(this::toChange);
    }

    @Override
    public List<ChangeFiling> ofApp(long appId) {
        return mapper.ofApp(appId).stream().map(this::toChange).toList();
    }

    @Override
    public List<ChangeStep> steps(long changeId) {
        return mapper.steps(changeId);
    }

    @Override
    public long addReview(ChangeReview review) {
        ChangeReviewRow row = new ChangeReviewRow();
        row.changeId = review.changeId();
        row.step = review.step();
        row.decision = review.decision();
        row.comment = review.comment();
        row.gapsJson = json.write(review.gaps());
        row.reviewer = review.reviewer();
        row.at = review.at();
        mapper.insertReview(row);
        return row.id;
    }

    @Override
    public Optional<ChangeReview> reviewById(long id) {
        return Optional.ofNullable(mapper.review(id)).map(this::toReview);
    }

    @Override
    public List<ChangeReview> reviews(long changeId) {
        return mapper.reviews(changeId).stream().map(this::toReview).toList();
    }

    private ChangeReview toReview(ChangeReviewRow r) {
        return new ChangeReview(r.id, r.changeId, r.step, r.decision, r.comment, json.read(r.gapsJson, GAPS),
                r.reviewer, r.at);
    }

    private ChangeFiling toChange(ChangeFilingRow r) {
        List<FormSection> sections = r.changedSections == null || r.changedSections.isBlank() ? List.of()
                : Arrays.stream(r.changedSections.split(",")).map(String::strip).map(FormSection::valueOf).toList();
        return ChangeFiling.restore(r.id, r.appId, r.appName, r.filingNumber, unit(r, r.ownerUnitCode),
                json.read(r.previousFormJson, FORM), unit(r, r.proposedOwnerUnitCode),
                json.read(r.proposedFormJson, FORM), r.effectiveDate, r.explanation, sections,
                json.read(r.findingsJson, FINDINGS), json.read(r.gapsJson, GAPS), r.state, r.stateSince, r.filedBy,
                r.filedAt, r.submittedBy, r.submittedAt, r.decidedBy, r.decidedAt, r.version);
    }

    private Unit unit(ChangeFilingRow r, String code) {
        return departments.unit(code)
                .orElseThrow(() -> new IllegalStateException("change " + r.id + " names unknown unit " + code));
    }

    private ChangeFilingRow toRow(ChangeFiling c) {
        ChangeFilingRow r = new ChangeFilingRow();
        r.id = c.id();
        r.appId = c.appId();
        r.appName = c.appName();
        r.filingNumber = c.filingNumber();
        r.ownerUnitCode = c.owner().code();
        r.ownerDivisionPath = c.owner().division().path();
        r.proposedOwnerUnitCode = c.proposedOwner().code();
        r.previousFormJson = json.write(c.previousForm());
        r.proposedFormJson = json.write(c.proposedForm());
        r.effectiveDate = c.effectiveDate();
        r.explanation = c.explanation();
        r.changedSections = c.changedSections().stream().map(Enum::name).collect(Collectors.joining(","));
        r.findingsJson = json.write(c.findings());
        r.gapsJson = json.write(c.gaps());
        r.state = c.state();
        r.stateSince = c.stateSince();
        r.openAppId = c.openAppId();
        r.filedBy = c.filedBy();
        r.filedAt = c.filedAt();
        r.submittedBy = c.submittedBy();
        r.submittedAt = c.submittedAt();
        r.decidedBy = c.decidedBy();
        r.decidedAt = c.decidedAt();
        return r;
    }
}
