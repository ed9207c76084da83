package org.fingertip.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * No process may forget a deadline: every user task of every BPMN takes its due and follow-up dates from the
 * durations table, carries a reminder and an overdue timer, and has a task type (the inbox knows what it asks for).
 */
class EveryUserTaskHasDeadlinesTest {

    @Test
    void everyUserTaskHasItsDueDateReminderAndOverdueTimer() throws IOException {
        List<UserTask> tasks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    tasks.addAll(model.getModelElementsByType(UserTask.class));
                }
            }
        }
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(19);
        for (UserTask task : tasks) {
            assertThat(task.getCamundaDueDate()).as(task.getId()).isEqualTo("${taskDeadlines.dueAt(execution)}");
            assertThat(task.getCamundaFollowUpDate()).as(task.getId())
                    .isEqualTo("${taskDeadlines.followUpAt(execution)}");
            List<CamundaTaskListener> timeouts = task.getExtensionElements() == null ? List.of()
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                    .stream().filter(l -> "timeout".equals(l.getCamundaEvent())).toList();
            assertThat(timeouts).as(task.getId()).extracting(l -> l.getAttributeValue("id"))
                    .containsExactlyInAnyOrder("Reminder", "Overdue");
            assertThat(timeouts).as(task.getId()).extracting(CamundaTaskListener::getCamundaDelegateExpression)
                    .containsExactlyInAnyOrder("${taskReminderListener}", "${taskOverdueListener}");
            assertThat(TaskType.ofDefinitionKey(task.getId())).as(task.getId()).isPresent();
        }
    }
}
