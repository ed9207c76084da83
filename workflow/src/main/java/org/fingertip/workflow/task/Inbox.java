package org.fingertip.workflow.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.notice.Recipients;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.task.DueState;
import org.fingertip.registry.task.OverdueWorkQuery;
import org.fingertip.registry.task.WorkCounts;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkPage;
import org.fingertip.registry.task.WorkQuery;
import org.fingertip.registry.task.WorkView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's inbox from the record of human work: 待办 (open tasks it holds, owns while delegated, or may claim), 已办
 * (tasks it completed, with their outcome) and 抄送 (tasks copied to it: escalations within the jurisdiction it
 * supervises, decisions to its unit). Each view filtered alike, due first for open work, newest first for the rest.
 * Reading only; decisions go through the service of each process, hand-overs through {@link TaskActions}.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {
    private static final Pattern UNIT = Pattern.compile("\\d{6,12}-\\d{3}");
    private static final Pattern DIVISION = Pattern.compile("\\d{6,12}");

    private final WorkItems items;
    private final Departments departments;
    private final Clock clock;

    public Inbox(WorkItems items, Departments departments, Clock clock) {
        this.items = items;
        this.departments = departments;
        this.clock = clock;
    }

    public TaskPage page(Actor actor, WorkView view, InboxFilter filter, int page, int size) {
        WorkPage found = items.page(query(actor, view, filter, page, size));
        return new TaskPage(view, found.items().stream().map(i -> TaskView.of(i, clock.instant())).toList(),
                found.total(), page, size);
    }

    /** The open work of the actor (待办), due first. */
    public TaskPage page(Actor actor, int page, int size) {
        return page(actor, WorkView.TODO, InboxFilter.none(), page, size);
    }

    /** How many items each view holds under the filter, and of the open ones how many are due soon or overdue. */
    public WorkCounts counts(Actor actor, InboxFilter filter) {
        WorkQuery todo = query(actor, WorkView.TODO, filter, 0, 1);
        InboxFilter unfiltered = new InboxFilter(filter.process(), filter.type(), filter.appId(), filter.department(),
                null);
        WorkQuery open = query(actor, WorkView.TODO, unfiltered, 0, 1);
        return new WorkCounts(items.count(todo), items.count(todo.inView(WorkView.DONE)),
                items.count(todo.inView(WorkView.CC)),
                items.count(withDue(open, DueState.OVERDUE)),
                items.count(withDue(open, DueState.DUE_SOON)));
    }

    /**
     * The open overdue tasks within the actor's jurisdiction, whoever holds them (reviewers and supervisors), due
     * first: the list behind the dashboard's overdue tasks, filtered by process, type and department alike.
     */
    public TaskPage overdue(Actor actor, InboxFilter filter, int page, int size) {
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.REVIEWER)) {
            throw new ForbiddenException("只有督查员和审核员可以查看辖区的逾期任务");
        }
        if (actor.jurisdiction() == null) {
            return new TaskPage(WorkView.TODO, List.of(), 0, page, size);
        }
        Department d = department(filter.department());
        Instant now = clock.instant();
        WorkPage found = items.overdue(new OverdueWorkQuery(actor.jurisdiction().path(), d.unit(), d.path(),
                filter.process() == null ? null : filter.process().key(),
                filter.type() == null ? null : filter.type().taskDefinitionKey(), now, page, size));
        return new TaskPage(WorkView.TODO, found.items().stream().map(i -> TaskView.of(i, now)).toList(),
                found.total(), page, size);
    }

    /** The open tasks of one app, for its case page (whoever may see the app sees them, read-only). */
    public List<TaskView> ofApp(long appId) {
        return items.itemsOfApp(appId).stream().filter(WorkItem::isOpen)
                .map(i -> TaskView.of(i, clock.instant())).toList();
    }

    /** One open task; unknown or finished is "not found". */
    public TaskView task(String taskId) {
        WorkItem item = items.byId(taskId).filter(WorkItem::isOpen)
                .orElseThrow(() -> new NotFoundException("未找到待办任务 " + taskId + "（可能已办结）"));
        return TaskView.of(item, clock.instant());
    }

    /** One task, open or ended, as a view. */
    public TaskView view(WorkItem item) {
        return TaskView.of(item, clock.instant());
    }

    /** A department filter: a unit exactly, or a division with its subtree (by path). */
    private record Department(String unit, String path) {
    }

    private Department department(String filter) {
        String department = filter == null ? null : filter.strip();
        if (department == null || department.isEmpty()) {
            return new Department(null, null);
        }
        if (UNIT.matcher(department).matches()) {
            return new Department(department, null);
        }
        if (DIVISION.matcher(department).matches()) {
            return new Department(null, departments.division(department).map(Division::path).orElseThrow(() ->
                    new InvalidInputException("部门有误", List.of(new FieldError("department",
                            "未知的区划代码 " + department)))));
        }
        throw new InvalidInputException("部门有误", List.of(new FieldError("department",
                "应为单位代码（如 420100-007）或区划代码（如 420100）")));
    }

    private WorkQuery query(Actor actor, WorkView view, InboxFilter filter, int page, int size) {
        Department d = department(filter.department());
        String unit = d.unit();
        String path = d.path();
        String supervised = actor.has(Role.SUPERVISOR) && actor.jurisdiction() != null
                ? actor.jurisdiction().path() : null;
        return new WorkQuery(view, actor.username(), Recipients.of(actor), supervised,
                filter.process() == null ? null : filter.process().key(),
                filter.type() == null ? null : filter.type().taskDefinitionKey(), filter.appId(), unit, path,
                filter.due(), clock.instant(), page, size);
    }

    private static WorkQuery withDue(WorkQuery q, DueState due) {
        return new WorkQuery(q.view(), q.username(), q.groups(), q.supervisedPath(), q.processKey(), q.taskKey(),
                q.appId(), q.departmentUnit(), q.departmentPath(), due, q.now(), q.page(), q.size());
    }
}
