package org.fingertip.workflow.admin;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.admin.Reassignments;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.workflow.task.TaskActions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leaver's open tasks (every open task it holds) handed to another user in one transaction, each by the transfer's
 * rules ({@link TaskActions#handOver}): if one task may not go to that user, none goes, and the refusal names it.
 */
@Service
@Transactional
public class TaskHandover {
    private final Reassignments reassignments;
    private final TaskActions actions;
    private final AdminLog log;

    public TaskHandover(Reassignments reassignments, TaskActions actions, AdminLog log) {
        this.reassignments = reassignments;
        this.actions = actions;
        this.log = log;
    }

    /** The tasks handed over, each as it is now. */
    public List<WorkItem> handOver(Actor admin, String from, String to) {
        AdminRules.requireAdmin(admin, "移交待办任务");
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("请指定接收人", List.of(new FieldError("to", "请填写接收人的用户名")));
        }
        if (to.strip().equals(from)) {
            throw new InvalidInputException("接收人不能是原办理人", List.of(new FieldError("to", "请填写另一位用户")));
        }
        List<WorkItem> handed = new ArrayList<>();
        for (String taskId : reassignments.openTasksHeldBy(from)) {
            handed.add(actions.handOver(admin, taskId, to.strip(), "离职交接：原办理人 " + from));
        }
        log.record(admin, AdminAction.USER_HANDOVER, AdminObject.USER, from, handed.isEmpty()
                ? "没有待办任务需要移交（接收人 " + to.strip() + "）"
                : "移交待办任务 " + handed.size() + " 项给 " + to.strip() + "："
                + String.join("、", handed.stream().map(w -> w.name() + (w.appName() == null ? ""
                : "（" + w.appName() + "）")).toList()));
        return handed;
    }
}
