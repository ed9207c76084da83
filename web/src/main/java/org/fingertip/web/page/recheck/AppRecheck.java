package org.fingertip.web.page.recheck;

import java.util.EnumSet;
import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Component;

/**
 * The re-check of one app as the case page and the inbox show it: the running re-check with a link to its page, or —
 * for a supervisor of the jurisdiction, when none runs and the app is filed or registered — the button that starts
 * one. Templates call it as {@code @appRecheck} to tell the re-check's tasks from the others. Called within the case
 * page's transaction.
 */
@Component("appRecheck")
public class AppRecheck {
    private static final Set<TaskType> TASKS = EnumSet.of(TaskType.SELF_INSPECTION, TaskType.CONFIRM_VERDICT,
            TaskType.DECIDE_APPEAL);

    private final RecheckService rechecks;

    AppRecheck(RecheckService rechecks) {
        this.rechecks = rechecks;
    }

    /**
     * What the case page shows.
     *
     * @param shown       whether the viewer may open the re-check page at all (not an observer)
     * @param running     the re-check that has not concluded, or null
     * @param canStart    whether the viewer may start one now
     * @param workingDays the working days the owner will have for the self-inspection
     */
    public record View(boolean shown, Recheck running, boolean canStart, int workingDays) {
    }

    public View of(Actor actor, App app) {
        int days = rechecks.settings().selfInspectionWorkingDays();
        if (!mayOpen(actor)) {
            return new View(false, null, false, days);
        }
        boolean running = rechecks.isRunning(app.id());
        Recheck recheck = running ? rechecks.running(actor, app.id()) : null;
        return new View(true, recheck, mayStart(actor, app, running), days);
    }

    /** Whether a template's task row is one of the re-check's, worked on the re-check page. */
    public boolean handles(TaskType type) {
        return type != null && TASKS.contains(type);
    }

    /** The roles of the re-check page ({@code @Allowed} on its handlers); the core still checks unit and jurisdiction. */
    static boolean mayOpen(Actor actor) {
        return actor.has(Role.APPLICANT) || actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR)
                || actor.has(Role.ADMIN);
    }

    /** The start button: a supervisor of the app's jurisdiction, the app filed or registered, no re-check running. */
    static boolean mayStart(Actor actor, App app, boolean running) {
        return !running && actor.has(Role.SUPERVISOR) && actor.oversees(app.owner().division())
                && app.status().isRecheckable();
    }
}
