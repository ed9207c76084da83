package org.fingertip.workflow.task;

import java.util.Arrays;
import java.util.Optional;

import org.fingertip.registry.filing.ReviewStep;

/** What a human task asks for, keyed by the BPMN id of its user task. Later processes add their types here. */
public enum TaskType {
    FIRST_REVIEW("Task_FirstReview", "市级初审"),
    PROVINCIAL_REVIEW("Task_ProvincialReview", "省级审核"),
    REVISE("Task_Revise", "补正材料");

    private final String taskDefinitionKey;
    private final String label;

    TaskType(String taskDefinitionKey, String label) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.label = label;
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    public String label() {
        return label;
    }

    public static Optional<TaskType> ofDefinitionKey(String key) {
        return Arrays.stream(values()).filter(t -> t.taskDefinitionKey.equals(key)).findFirst();
    }

    /** The review step this task decides, if it is a review. */
    public Optional<ReviewStep> reviewStep() {
        return switch (this) {
            case FIRST_REVIEW -> Optional.of(ReviewStep.FIRST_REVIEW);
            case PROVINCIAL_REVIEW -> Optional.of(ReviewStep.PROVINCIAL_REVIEW);
            default -> Optional.empty();
        };
    }
}
