package org.fingertip.web.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitPlan;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.ExitStep;
import org.fingertip.registry.exit.ExitTrigger;

/** An exit as the API shows it, with its steps. */
record ExitJson(long id, long appId, String appName, String ownerUnitCode, String ownerUnitName, ExitTrigger trigger,
                String triggerLabel, ExitState state, String stateLabel, Long recheckId, ExitReason suggestedReason,
                String directedBy, LocalDate deadline, LocalDate effectiveDeadline, String deadlineNote,
                boolean deadlineMissed, boolean overdue, ExitPlan plan, String returnComment, Integer migratedUsers,
                String migrationNote, Instant noticePublishedAt, LocalDate offlineDate, Instant offlineConfirmedAt,
                List<String> storesDelisted, String offlineEvidence, Instant deregistrationDue,
                boolean deregistrationLate, String deregistrationStatement, String verifiedBy, Instant exitedAt,
                String startedBy, Instant startedAt, List<ExitStep> steps) {

    static ExitJson of(Exit e, List<ExitStep> steps, LocalDate today) {
        return new ExitJson(e.id(), e.appId(), e.appName(), e.owner().code(), e.owner().name(), e.trigger(),
                e.trigger().label(), e.state(), e.state().label(), e.recheckId(), e.suggestedReason(), e.directedBy(),
                e.deadline(), e.effectiveDeadline(), e.deadlineNote(), e.deadlineMissed(), e.isOverdue(today),
                e.plan(), e.returnComment(), e.migratedUsers(), e.migrationNote(), e.noticePublishedAt(),
                e.offlineDate(), e.offlineConfirmedAt(), e.storesDelisted(), e.offlineEvidence(),
                e.deregistrationDue(), e.deregistrationLate(), e.deregistrationStatement(), e.verifiedBy(),
                e.exitedAt(), e.startedBy(), e.startedAt(), steps);
    }
}
