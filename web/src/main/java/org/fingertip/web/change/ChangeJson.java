package org.fingertip.web.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.change.ChangeFiling;
import org.fingertip.registry.change.ChangeReview;
import org.fingertip.registry.change.ChangeState;
import org.fingertip.registry.change.ChangeStep;
import org.fingertip.registry.change.FieldChange;
import org.fingertip.registry.change.SectionChange;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.web.app.AppResponse;

/**
 * A change filing as the API shows it: its state, the effective day, the owner before and after, the diff (only the
 * changed sections, each changed field with its old and new value), the proposed form, the pre-check's findings, the
 * gaps of the last return, and every step and review.
 */
public record ChangeJson(long id, long appId, String appName, String filingNumber, ChangeState state,
                         String stateLabel, LocalDate effectiveDate, String explanation, String ownerDepartmentCode,
                         String ownerDepartmentName, String proposedOwnerDepartmentCode,
                         String proposedOwnerDepartmentName, List<SectionJson> changedSections,
                         FilingForm proposedForm, List<AppResponse.FindingJson> findings,
                         List<AppResponse.GapJson> gaps, String filedBy, Instant filedAt, String submittedBy,
                         Instant submittedAt, String decidedBy, Instant decidedAt, Instant stateSince,
                         List<StepJson> steps, List<ReviewJson> reviews) {

    public static ChangeJson of(ChangeFiling c, List<ChangeStep> steps, List<ChangeReview> reviews) {
        return new ChangeJson(c.id(), c.appId(), c.appName(), c.filingNumber(), c.state(), c.state().label(),
                c.effectiveDate(), c.explanation(), c.owner().code(), c.owner().name(), c.proposedOwner().code(),
                c.proposedOwner().name(), c.diff().stream().map(SectionJson::of).toList(), c.proposedForm(),
                c.findings().stream().map(AppResponse.FindingJson::of).toList(),
                c.gaps().stream().map(AppResponse.GapJson::of).toList(), c.filedBy(), c.filedAt(), c.submittedBy(),
                c.submittedAt(), c.decidedBy(), c.decidedAt(), c.stateSince(),
                steps.stream().map(StepJson::of).toList(), reviews.stream().map(ReviewJson::of).toList());
    }

    /** One changed section of the form. */
    public record SectionJson(String section, String sectionLabel, List<FieldJson> fields) {
        static SectionJson of(SectionChange s) {
            return new SectionJson(s.section().key(), s.section().label(), s.fields().stream().map(FieldJson::of).toList());
        }
    }

    /**
     * One changed field: its dotted path, ADDED, REMOVED or CHANGED, and the values as the form holds them (a function
     * as {name, category, exceptionReason}, stores as a list).
     */
    public record FieldJson(String field, FieldChange.Kind change, Object before, Object after) {
        static FieldJson of(FieldChange f) {
            return new FieldJson(f.field(), f.kind(), f.before(), f.after());
        }
    }

    /** One step of the change. */
    public record StepJson(ChangeState from, ChangeState to, String action, String actor, Instant at, String note) {
        static StepJson of(ChangeStep s) {
            return new StepJson(s.from(), s.to(), s.action(), s.actor(), s.at(), s.note());
        }
    }

    /** One reviewer's decision on the change. */
    public record ReviewJson(long id, String step, String stepLabel, String decision, String comment,
                             List<AppResponse.GapJson> gaps, String reviewer, Instant at) {
        static ReviewJson of(ChangeReview r) {
            return new ReviewJson(r.id(), r.step().name(), r.step().label(), r.decision().name(), r.comment(),
                    r.gaps().stream().map(AppResponse.GapJson::of).toList(), r.reviewer(), r.at());
        }
    }
}
