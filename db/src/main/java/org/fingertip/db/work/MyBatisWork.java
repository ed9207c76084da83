package org.fingertip.db.work;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.task.CaseComment;
import org.fingertip.registry.task.CaseComments;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The record of human work on MyBatis. The unique keys keep a second reminder on one task and day, and a second copy
 * of one task to one recipient for one reason, out, even when two nodes race (the loser's insert is refused).
 */
@Repository
public class MyBatisWork implements WorkItems, Reminders, TaskEvents, TaskCopies, CaseComments {
    private final WorkMapper mapper;

    public MyBatisWork(WorkMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void open(WorkItem item) {
        if (mapper.item(item.taskId()) == null) {
            mapper.insertItem(item);
        }
    }

    @Override
    public Optional<WorkItem> byId(String taskId) {
        return Optional.ofNullable(mapper.item(taskId));
    }

    @Override
    public void assign(String taskId, String assignee, String owner, boolean delegated) {
        mapper.assign(taskId, assignee, owner, delegated);
    }

    @Override
    public void reschedule(String taskId, Instant due, Instant followUp) {
        mapper.reschedule(taskId, due, followUp);
    }

    @Override
    public void end(String taskId, WorkState state, Instant endedAt, String endedBy, String outcome) {
        mapper.end(taskId, state, endedAt, endedBy, outcome);
    }

    @Override
    public void recordOutcome(String taskId, String endedBy, String outcome) {
        mapper.recordOutcome(taskId, endedBy, outcome);
    }

    @Override
    public WorkPage page(WorkQuery query) {
        return new WorkPage(mapper.page(query), mapper.count(query), query.page(), query.size());
    }

    @Override
    public WorkPage overdue(org.fingertip.registry.task.OverdueWorkQuery query) {
        return new WorkPage(mapper.overdue(query), mapper.countOverdue(query), query.page(), query.size());
    }

    @Override
    public long count(WorkQuery query) {
        return mapper.count(query);
    }

    @Override
    public List<WorkItem> openWorkingDayDueBetween(Instant from, Instant to) {
        return mapper.openWorkingDayDueBetween(from, to);
    }

    @Override
    public long countOpen() {
        return mapper.countOpen();
    }

    @Override
    public List<WorkItem> itemsOfApp(long appId) {
        return mapper.itemsOfApp(appId);
    }

    @Override
    public boolean logOnce(Reminder reminder) {
        try {
            return mapper.insertReminder(reminder) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Reminder> remindersOf(String taskId) {
        return mapper.remindersOf(taskId, null);
    }

    @Override
    public List<Reminder> remindersOfApp(long appId) {
        return mapper.remindersOf(null, appId);
    }

    @Override
    public void add(TaskEvent event) {
        mapper.insertEvent(event);
    }

    @Override
    public List<TaskEvent> eventsOf(String taskId) {
        return mapper.eventsOf(taskId, null);
    }

    @Override
    public List<TaskEvent> eventsOfApp(long appId) {
        return mapper.eventsOf(null, appId);
    }

    @Override
    public boolean addOnce(TaskCopy copy) {
        try {
            return mapper.insertCopy(copy) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<TaskCopy> copiesOf(String taskId) {
        return mapper.copiesOf(taskId);
    }

    @Override
    public CaseComment add(CaseComment comment) {
        CommentRow row = CommentRow.of(comment);
        mapper.insertComment(row);
        return new CaseComment(row.id, comment.appId(), comment.author(), comment.body(), comment.at());
    }

    @Override
    public List<CaseComment> commentsOf(long appId) {
        return mapper.commentsOf(appId);
    }
}
