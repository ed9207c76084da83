package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.fingertip.registry.task.CaseComment;
import org.fingertip.registry.task.CaseComments;
import org.fingertip.registry.task.CopyReason;
import org.fingertip.registry.task.DueState;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.Reminders;
import org.fingertip.registry.task.TaskCopies;
import org.fingertip.registry.task.TaskCopy;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.TaskEvents;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkItems;
import org.fingertip.registry.task.WorkPage;
import org.fingertip.registry.task.WorkQuery;
import org.fingertip.registry.task.WorkState;
import org.fingertip.registry.task.WorkView;

/**
 * The record of human work in memory: tasks, reminders (one per task and day, like the database's unique key),
 * history, copies and comments; with the same view rules as the mapper.
 */
public final class InMemoryWork implements WorkItems, Reminders, TaskEvents, TaskCopies, CaseComments {
    private final Map<String, WorkItem> items = new LinkedHashMap<>();
    private final List<Reminder> reminders = new ArrayList<>();
    private final List<TaskEvent> events = new ArrayList<>();
    private final List<TaskCopy> copies = new ArrayList<>();
    private final List<CaseComment> comments = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void open(WorkItem item) {
        items.putIfAbsent(item.taskId(), item);
    }

    @Override
    public synchronized Optional<WorkItem> byId(String taskId) {
        return Optional.ofNullable(items.get(taskId));
    }

    @Override
    public synchronized void assign(String taskId, String assignee, String owner, boolean delegated) {
        items.computeIfPresent(taskId, (k, i) -> new WorkItem(i.taskId(), i.processInstanceId(), i.processKey(),
                i.taskKey(), i.name(), i.appId(), i.appName(), i.unitCode(), i.divisionPath(), i.candidateGroup(),
                assignee, owner, delegated, i.created(), i.due(), i.followUp(), i.dueWorkingDays(), i.state(),
                i.endedAt(), i.endedBy(), i.outcome()));
    }

    @Override
    public synchronized void reschedule(String taskId, Instant due, Instant followUp) {
        items.computeIfPresent(taskId, (k, i) -> new WorkItem(i.taskId(), i.processInstanceId(), i.processKey(),
                i.taskKey(), i.name(), i.appId(), i.appName(), i.unitCode(), i.divisionPath(), i.candidateGroup(),
                i.assignee(), i.owner(), i.delegated(), i.created(), due, followUp, i.dueWorkingDays(), i.state(),
                i.endedAt(), i.endedBy(), i.outcome()));
    }

    @Override
    public synchronized void end(String taskId, WorkState state, Instant endedAt, String endedBy, String outcome) {
        items.computeIfPresent(taskId, (k, i) -> new WorkItem(i.taskId(), i.processInstanceId(), i.processKey(),
                i.taskKey(), i.name(), i.appId(), i.appName(), i.unitCode(), i.divisionPath(), i.candidateGroup(),
                i.assignee(), i.owner(), i.delegated(), i.created(), i.due(), i.followUp(), i.dueWorkingDays(), state,
                endedAt, endedBy, outcome));
    }

    @Override
    public synchronized void recordOutcome(String taskId, String endedBy, String outcome) {
        items.computeIfPresent(taskId, (k, i) -> new WorkItem(i.taskId(), i.processInstanceId(), i.processKey(),
                i.taskKey(), i.name(), i.appId(), i.appName(), i.unitCode(), i.divisionPath(), i.candidateGroup(),
                i.assignee(), i.owner(), i.delegated(), i.created(), i.due(), i.followUp(), i.dueWorkingDays(),
                i.state(), i.endedAt(), endedBy, outcome));
    }

    @Override
    public synchronized WorkPage page(WorkQuery query) {
        List<WorkItem> all = matching(query);
        int from = Math.min(query.offset(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new WorkPage(List.copyOf(all.subList(from, to)), all.size(), query.page(), query.size());
    }

    @Override
    public synchronized long count(WorkQuery query) {
        return matching(query).size();
    }

    @Override
    public synchronized WorkPage overdue(org.fingertip.registry.task.OverdueWorkQuery q) {
        List<WorkItem> all = items.values().stream()
                .filter(i -> i.isOpen() && i.due() != null && i.due().isBefore(q.now()))
                .filter(i -> i.divisionPath() != null && i.divisionPath().startsWith(q.scopePath()))
                .filter(i -> q.departmentUnit() == null || q.departmentUnit().equals(i.unitCode()))
                .filter(i -> q.departmentPath() == null || i.divisionPath().startsWith(q.departmentPath()))
                .filter(i -> q.processKey() == null || q.processKey().equals(i.processKey()))
                .filter(i -> q.taskKey() == null || q.taskKey().equals(i.taskKey()))
                .sorted(java.util.Comparator.comparing(WorkItem::due).thenComparing(WorkItem::created)
                        .thenComparing(WorkItem::taskId))
                .toList();
        int from = Math.min(q.offset(), all.size());
        int to = Math.min(from + q.size(), all.size());
        return new WorkPage(List.copyOf(all.subList(from, to)), all.size(), q.page(), q.size());
    }

    private List<WorkItem> matching(WorkQuery q) {
        Predicate<WorkItem> inView = switch (q.view()) {
            case TODO -> i -> i.isOpen() && (q.username().equals(i.assignee()) || q.username().equals(i.owner())
                    || (i.assignee() == null && q.groups().contains(i.candidateGroup())));
            case DONE -> i -> i.state() == WorkState.DONE && q.username().equals(i.endedBy());
            case CC -> i -> copies.stream().anyMatch(c -> c.taskId().equals(i.taskId()) && copiedTo(c, q));
        };
        Predicate<WorkItem> filters = i -> (q.processKey() == null || q.processKey().equals(i.processKey()))
                && (q.taskKey() == null || q.taskKey().equals(i.taskKey()))
                && (q.appId() == null || q.appId().equals(i.appId()))
                && (q.departmentUnit() == null || q.departmentUnit().equals(i.unitCode()))
                && (q.departmentPath() == null || (i.divisionPath() != null
                    && i.divisionPath().startsWith(q.departmentPath())))
                && (q.due() == null || (i.isOpen() && i.dueState(q.now()) == q.due()));
        Comparator<WorkItem> order = q.view() == WorkView.TODO
                ? Comparator.comparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkItem::created)
                : Comparator.comparing((WorkItem i) -> i.endedAt() == null ? i.created() : i.endedAt()).reversed();
        return items.values().stream().filter(inView.and(filters)).sorted(order).toList();
    }

    private static boolean copiedTo(TaskCopy c, WorkQuery q) {
        if (q.groups().contains(c.recipient())) {
            return true;
        }
        return c.reason() == CopyReason.ESCALATION && c.divisionPath() != null
                && q.supervisedPath() != null && c.divisionPath().startsWith(q.supervisedPath());
    }

    @Override
    public synchronized List<WorkItem> openWorkingDayDueBetween(Instant from, Instant to) {
        return items.values().stream().filter(i -> i.isOpen() && i.dueWorkingDays() != null && i.due() != null
                && !i.due().isBefore(from) && i.due().isBefore(to)).toList();
    }

    @Override
    public synchronized long countOpen() {
        return items.values().stream().filter(WorkItem::isOpen).count();
    }

    @Override
    public synchronized List<WorkItem> itemsOfApp(long appId) {
        return items.values().stream().filter(i -> i.appId() != null && i.appId() == appId)
                .sorted(Comparator.comparing(WorkItem::created).reversed()).toList();
    }

    // ---- reminders

    @Override
    public synchronized boolean logOnce(Reminder reminder) {
        if (reminders.stream().anyMatch(r -> r.taskId().equals(reminder.taskId()) && r.day().equals(reminder.day()))) {
            return false;
        }
        reminders.add(new Reminder(++lastId, reminder.taskId(), reminder.appId(), reminder.kind(), reminder.day(),
                reminder.by(), reminder.recipient(), reminder.note(), reminder.at()));
        return true;
    }

    @Override
    public synchronized List<Reminder> remindersOf(String taskId) {
        return reminders.stream().filter(r -> r.taskId().equals(taskId)).toList();
    }

    public synchronized List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    @Override
    public synchronized List<Reminder> remindersOfApp(long appId) {
        return reminders.stream().filter(r -> r.appId() != null && r.appId() == appId).toList();
    }

    // ---- events

    @Override
    public synchronized void add(TaskEvent event) {
        events.add(new TaskEvent(++lastId, event.taskId(), event.appId(), event.taskName(), event.kind(),
                event.actor(), event.target(), event.note(), event.at()));
    }

    public synchronized List<TaskEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public synchronized List<TaskEvent> eventsOf(String taskId) {
        return events.stream().filter(e -> e.taskId().equals(taskId)).toList();
    }

    @Override
    public synchronized List<TaskEvent> eventsOfApp(long appId) {
        return events.stream().filter(e -> e.appId() != null && e.appId() == appId).toList();
    }

    // ---- copies

    @Override
    public synchronized boolean addOnce(TaskCopy copy) {
        if (copies.stream().anyMatch(c -> c.taskId().equals(copy.taskId()) && c.recipient().equals(copy.recipient())
                && c.reason() == copy.reason())) {
            return false;
        }
        copies.add(new TaskCopy(++lastId, copy.taskId(), copy.appId(), copy.recipient(), copy.divisionPath(),
                copy.reason(), copy.note(), copy.at()));
        return true;
    }

    @Override
    public synchronized List<TaskCopy> copiesOf(String taskId) {
        return copies.stream().filter(c -> c.taskId().equals(taskId)).toList();
    }

    public synchronized List<TaskCopy> copies() {
        return List.copyOf(copies);
    }

    // ---- comments

    @Override
    public synchronized CaseComment add(CaseComment comment) {
        CaseComment stored = new CaseComment(++lastId, comment.appId(), comment.author(), comment.body(),
                comment.at());
        comments.add(stored);
        return stored;
    }

    @Override
    public synchronized List<CaseComment> commentsOf(long appId) {
        return comments.stream().filter(c -> c.appId() == appId).toList();
    }

    /** Every open item's due state at {@code now}, for assertions. */
    public synchronized Map<String, DueState> dueStates(Instant now) {
        Map<String, DueState> states = new LinkedHashMap<>();
        items.values().stream().filter(WorkItem::isOpen).forEach(i -> states.put(i.taskId(), i.dueState(now)));
        return states;
    }
}
