package org.fingertip.db.work;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.task.CaseComment;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.TaskCopy;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.registry.task.WorkQuery;
import org.fingertip.registry.task.WorkState;

/** SQL of the record of human work; statements in WorkMapper.xml. */
@Mapper
interface WorkMapper {

    int insertItem(@Param("i") WorkItem item);

    WorkItem item(@Param("taskId") String taskId);

    int assign(@Param("taskId") String taskId, @Param("assignee") String assignee, @Param("owner") String owner,
               @Param("delegated") boolean delegated);

    int reschedule(@Param("taskId") String taskId, @Param("due") Instant due, @Param("followUp") Instant followUp);

    int end(@Param("taskId") String taskId, @Param("state") WorkState state, @Param("endedAt") Instant endedAt,
            @Param("endedBy") String endedBy, @Param("outcome") String outcome);

    int recordOutcome(@Param("taskId") String taskId, @Param("endedBy") String endedBy,
                      @Param("outcome") String outcome);

    List<WorkItem> page(@Param("q") WorkQuery query);

    long count(@Param("q") WorkQuery query);

    List<WorkItem> overdue(@Param("q") org.fingertip.registry.task.OverdueWorkQuery query);

    long countOverdue(@Param("q") org.fingertip.registry.task.OverdueWorkQuery query);

    List<org.fingertip.db.dashboard.CountRow> figureOverdue(@Param("q") org.fingertip.registry.task.OverdueWorkQuery query);

    List<WorkItem> openWorkingDayDueBetween(@Param("from") Instant from, @Param("to") Instant to);

    List<WorkItem> itemsOfApp(@Param("appId") long appId);

    long countOpen();

    int insertReminder(@Param("r") Reminder reminder);

    List<Reminder> remindersOf(@Param("taskId") String taskId, @Param("appId") Long appId);

    void insertEvent(@Param("e") TaskEvent event);

    List<TaskEvent> eventsOf(@Param("taskId") String taskId, @Param("appId") Long appId);

    int insertCopy(@Param("c") TaskCopy copy);

    List<TaskCopy> copiesOf(@Param("taskId") String taskId);

    void insertComment(@Param("c") CommentRow comment);

    List<CaseComment> commentsOf(@Param("appId") long appId);
}
