package org.fingertip.web.page.exit;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.App;
import org.fingertip.registry.exit.Exit;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.workflow.exit.ExitProcessVariables;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.TaskType;
import org.fingertip.workflow.task.TaskView;
import org.springframework.stereotype.Component;

/**
 * The exit of one app as the case page, the inbox and the exit page see it: the open exit or the last one, and which
 * step the viewer could take. Templates call it as {@code @appExit} to tell the exit's tasks from the others. Called
 * within the caller's transaction. What it answers only chooses the form a page offers; the core decides every post.
 */
@Component("appExit")
public class AppExit {
    private static final Set<TaskType> TASKS = EnumSet.of(TaskType.EXIT_PLAN, TaskType.REVIEW_EXIT_PLAN,
            TaskType.REPORT_MIGRATION, TaskType.ACCEPT_MIGRATION, TaskType.CONFIRM_OFFLINE,
            TaskType.FILE_DEREGISTRATION, TaskType.VERIFY_EXIT);

    /**
     * The statuses an exit starts from (the owner's or a supervisor's), as {@code ExitService.requireStartable} has
     * them; the core refuses any other with 409. Kept here only to offer the form; see the merge notes for a core
     * accessor that would replace it.
     */

    private final ExitService exits;
    private final TaskService taskService;
    private final Inbox inbox;

    AppExit(ExitService exits, TaskService taskService, Inbox inbox) {
        this.exits = exits;
        this.taskService = taskService;
        this.inbox = inbox;
    }

    /**
     * What the case page shows.
     *
     * @param shown     whether the viewer may open the exit page at all (not an observer)
     * @param exit      the open exit, else the last one, or null
     * @param canPlan   whether the viewer, the owner unit's applicant, may start an exit with its plan now
     * @param task      the open exit's task (the case page's task list, keyed by the app, does not hold it), or null
     * @param canDirect whether the viewer, a supervisor of the jurisdiction, may direct an exit now
     */
    public record View(boolean shown, Exit exit, TaskView task, boolean canPlan, boolean canDirect) {
    }

    public View of(Actor actor, App app) {
        if (!mayOpen(actor)) {
            return new View(false, null, null, false, false);
        }
        boolean open = exits.isOpen(app.id());
        Exit exit = current(actor, app.id()).orElse(null);
        return new View(true, exit, open && exit != null ? openTask(exit) : null, mayStart(actor, app, open),
                mayDirect(actor, app, open));
    }

    /** Whether a template's task row is one of the exit's, worked on the exit page. */
    public boolean handles(TaskType type) {
        return type != null && TASKS.contains(type);
    }

    /** The app's open exit, else its last one; empty when it never had one. The app must be visible to the actor. */
    Optional<Exit> current(Actor actor, long appId) {
        return exits.current(actor, appId);
    }

    /**
     * The open human task of the exit's process, or null. AppExitProcess is keyed by the exit, not by the app, so
     * {@link Inbox#ofApp} does not list it; it is found by the process's {@code exitId} and shown as the inbox shows it.
     */
    TaskView openTask(Exit e) {
        Task task = taskService.createTaskQuery().processDefinitionKey(ExitProcessVariables.PROCESS_KEY)
                .processVariableValueEquals(ExitProcessVariables.EXIT_ID, e.id()).orderByTaskCreateTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        return task == null ? null : inbox.task(task.getId());
    }

    /** The roles of the exit page ({@code @Allowed} on its handlers); the core still checks unit and jurisdiction. */
    static boolean mayOpen(Actor actor) {
        return actor.has(Role.APPLICANT) || actor.has(Role.REVIEWER) || actor.has(Role.SUPERVISOR)
                || actor.has(Role.ADMIN);
    }

    /** The owner unit's applicant (who plans, migrates, confirms offline and files the deregistration). */
    static boolean isOwner(Actor actor, String ownerUnitCode) {
        return actor.has(Role.APPLICANT) && actor.worksFor(ownerUnitCode);
    }

    /** The owner unit's own exit: no exit open, the app in a status an exit starts from. */
    static boolean mayStart(Actor actor, App app, boolean open) {
        return !open && isOwner(actor, app.owner().code()) && app.status().isExitable();
    }

    /** A supervisor's direction (限期关停): a supervisor of the app's jurisdiction, no exit open, the app exit-able. */
    static boolean mayDirect(Actor actor, App app, boolean open) {
        return !open && actor.has(Role.SUPERVISOR) && actor.oversees(app.owner().division())
                && app.status().isExitable();
    }

    /**
     * Why a reviewer may not decide this exit's steps, or null when it may: the exit is reviewed by the office of
     * {@link ExitService#officeOf}, never by a member of the owner unit. The core refuses both on posting (403); the
     * page shows the reason instead of a form that would be refused.
     */
    static Refusal reviewerRefusal(Actor actor, Exit e) {
        if (ExitService.whyNotReviewer(actor, e).isEmpty()) {
            return null;
        }
        return actor.worksFor(e.owner().code()) ? Refusal.OWN_UNIT : Refusal.OTHER_OFFICE;
    }

    /** Why a reviewer only looks: the exit is another office's to review, or it works for the owner unit. */
    enum Refusal {
        OTHER_OFFICE, OWN_UNIT
    }
}
