package org.fingertip.workflow.task;

import java.util.Arrays;
import java.util.Optional;

import org.fingertip.registry.filing.ReviewStep;
import org.fingertip.registry.shared.Labelled;

/** What a human task asks for, keyed by the BPMN id of its user task. Later processes add their types here. */
public enum TaskType implements Labelled {
    FIRST_REVIEW("Task_FirstReview", "市级初审", "POST /api/tasks/{id}/complete"),
    PROVINCIAL_REVIEW("Task_ProvincialReview", "省级审核", "POST /api/tasks/{id}/complete"),
    REVISE("Task_Revise", "补正材料", "PUT /api/apps/{appId}/form，然后 POST /api/apps/{appId}/submit"),
    FIX_ITEM("Task_Rectify", "整改并报告", "POST /api/ledger/{itemId}/report-fixed"),
    VERIFY_FIX("Task_VerifyFix", "整改核验", "POST /api/ledger/{itemId}/verify"),
    DECIDE_OVERDUE("Task_DecideOverdue", "逾期处理", "POST /api/ledger/{itemId}/decide-overdue"),
    SELF_INSPECTION("Task_SelfInspection", "复核自查自评", "POST /api/apps/{appId}/recheck/self-inspection"),
    CONFIRM_VERDICT("Task_ConfirmVerdict", "确认复核结论", "POST /api/apps/{appId}/recheck/confirm"),
    DECIDE_APPEAL("Task_DecideAppeal", "僵尸应用申辩决定", "POST /api/apps/{appId}/recheck/decide-appeal"),
    EXIT_PLAN("Task_ExitPlan", "提交退出方案", "POST /api/apps/{appId}/exit"),
    REVIEW_EXIT_PLAN("Task_ReviewExitPlan", "审核退出方案", "POST /api/apps/{appId}/exit/plan-decision"),
    REPORT_MIGRATION("Task_ReportMigration", "报告用户迁移", "POST /api/apps/{appId}/exit/migration"),
    ACCEPT_MIGRATION("Task_AcceptMigration", "迁移验收", "POST /api/apps/{appId}/exit/migration-decision"),
    CONFIRM_OFFLINE("Task_ConfirmOffline", "确认下架停服", "POST /api/apps/{appId}/exit/offline"),
    FILE_DEREGISTRATION("Task_FileDeregistration", "申请注销", "POST /api/apps/{appId}/exit/deregistration"),
    VERIFY_EXIT("Task_VerifyExit", "注销核验", "POST /api/apps/{appId}/exit/verify"),
    // change filing (变更备案): AppChangeProcess
    CHANGE_FIRST_REVIEW("Task_ChangeFirstReview", "变更市级初审", "POST /api/tasks/{id}/complete"),
    CHANGE_PROVINCIAL_REVIEW("Task_ChangeProvincialReview", "变更省级审核", "POST /api/tasks/{id}/complete"),
    CHANGE_REVISE("Task_ChangeRevise", "变更补正", "PUT /api/changes/{changeId}");

    private final String taskDefinitionKey;
    private final String label;
    private final String completedBy;

    TaskType(String taskDefinitionKey, String label, String completedBy) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.label = label;
        this.completedBy = completedBy;
    }

    /** The API call that completes a task of this type. */
    public String completedBy() {
        return completedBy;
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    @Override
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
