package org.fingertip.workflow.admin;

import java.util.Map;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.admin.DurationKey;
import org.fingertip.registry.admin.DurationOverrides;
import org.fingertip.registry.admin.DurationSettings;
import org.fingertip.registry.task.DeadlineSettings;
import org.fingertip.registry.task.TaskDeadlines;
import org.fingertip.workflow.task.TaskDueRules;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durations of human tasks as an administrator changes them: stored (they override the configured defaults and
 * reach every node), applied to this node's rules at once and to every other node's at its next {@link #load()}; a
 * task created afterwards counts with them, a task already open keeps its due date.
 */
@Transactional
public class DurationChanges {
    private final DurationOverrides overrides;
    private final Map<DurationKey, Integer> defaults;
    private final TaskDueRules dueRules;
    private final TaskDeadlines deadlines;
    private final AdminLog log;

    public DurationChanges(DurationOverrides overrides, Map<DurationKey, Integer> defaults, TaskDueRules dueRules,
                           TaskDeadlines deadlines, AdminLog log) {
        this.overrides = overrides;
        this.defaults = Map.copyOf(defaults);
        this.dueRules = dueRules;
        this.deadlines = deadlines;
        this.log = log;
    }

    /** The table as it applies now: each value, its default, who set it when. */
    @Transactional(readOnly = true)
    public DurationSettings settings() {
        return new DurationSettings(defaults, overrides.all());
    }

    public DurationSettings set(Actor actor, DurationKey key, Integer workingDays) {
        AdminRules.requireAdmin(actor, "修改期限");
        int days = DurationSettings.validate(key, workingDays);
        int before = settings().current(key);
        overrides.put(key, days, actor.username(), log.now());
        log.record(actor, AdminAction.DURATION_SET, AdminObject.DURATION, key.name(),
                "“" + key.label() + "”由 " + before + " 个工作日改为 " + days + " 个工作日（默认 " + defaults.get(key) + "）");
        return load();
    }

    /** Back to the configured default. */
    public DurationSettings reset(Actor actor, DurationKey key) {
        AdminRules.requireAdmin(actor, "恢复默认期限");
        int before = settings().current(key);
        if (overrides.remove(key)) {
            log.record(actor, AdminAction.DURATION_RESET, AdminObject.DURATION, key.name(),
                    "“" + key.label() + "”由 " + before + " 个工作日恢复为默认 " + defaults.get(key) + " 个工作日");
        }
        return load();
    }

    /** Reads the stored values and applies the table to this node's rules (at start, and on every node in turn). */
    @Transactional(readOnly = true)
    public DurationSettings load() {
        DurationSettings s = settings();
        dueRules.apply(TaskDueRules.of(s.current(DurationKey.FIRST_REVIEW), s.current(DurationKey.PROVINCIAL_REVIEW),
                s.current(DurationKey.RESUBMIT), s.current(DurationKey.EXIT_PLAN), s.current(DurationKey.OTHER_TASK)));
        deadlines.apply(new DeadlineSettings(s.current(DurationKey.REMINDER), s.current(DurationKey.OTHER_TASK)));
        return s;
    }
}
