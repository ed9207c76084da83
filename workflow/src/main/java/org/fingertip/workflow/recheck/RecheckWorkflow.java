package org.fingertip.workflow.recheck;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.ledger.LedgerItem;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.exit.ExitReason;
import org.fingertip.registry.recheck.Recheck;
import org.fingertip.registry.recheck.RecheckOutcome;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckService;
import org.fingertip.registry.recheck.RecheckTrigger;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.shared.StateConflictException;
import org.fingertip.workflow.engine.CandidateGroups;
import org.fingertip.workflow.exit.ExitWorkflow;
import org.fingertip.workflow.ledger.LedgerWorkflow;
import org.fingertip.workflow.task.TaskCompletion;
import org.fingertip.workflow.task.TaskType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drives RecheckProcess for one app: starting it, answering the self-inspection, confirming the verdict (a RECTIFY
 * opens one ledger item per reason), appealing and deciding the appeal. Each method is one transaction with the engine.
 */
@Service
@Transactional
public class RecheckWorkflow {
    private final RecheckService rechecks;
    private final Apps apps;
    private final LedgerWorkflow ledger;
    private final RecheckDueDates dueDates;
    private final ExitWorkflow exits;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskCompletion completion;

    public RecheckWorkflow(RecheckService rechecks, Apps apps, LedgerWorkflow ledger, ExitWorkflow exits,
                           RecheckDueDates dueDates, RuntimeService runtimeService, TaskService taskService,
                           TaskCompletion completion) {
        this.rechecks = rechecks;
        this.apps = apps;
        this.ledger = ledger;
        this.exits = exits;
        this.dueDates = dueDates;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.completion = completion;
    }

    /** What the confirmation concluded, with the ledger items it opened. */
    public record Confirmed(Recheck recheck, List<LedgerItem> ledgerItems) {
    }

    public Recheck start(Actor actor, long appId, RecheckTrigger trigger) {
        Recheck r = rechecks.start(actor, appId, trigger);
        Map<String, Object> vars = new HashMap<>();
        vars.put(RecheckProcessVariables.RECHECK_ID, r.id());
        vars.put(RecheckProcessVariables.APP_ID, r.appId());
        vars.put(RecheckProcessVariables.APP_NAME, r.appName());
        vars.put(RecheckProcessVariables.OWNER_GROUP, CandidateGroups.applicants(r.owner().code()));
        vars.put(RecheckProcessVariables.REVIEWER_GROUP, CandidateGroups.reviewers(RecheckService.officeOf(r)));
        vars.put(RecheckProcessVariables.SELF_INSPECTION_DUE, dueDates.selfInspectionDue());
        runtimeService.startProcessInstanceByKey(RecheckProcessVariables.PROCESS_KEY, String.valueOf(r.appId()), vars);
        return r;
    }

    public Recheck answerSelfInspection(Actor actor, long id, Verdict proposal, String statement) {
        Recheck r = rechecks.answerSelfInspection(actor, id, proposal, statement);
        complete(task(id, TaskType.SELF_INSPECTION), actor, Map.of(), "已提交自查自评");
        return r;
    }

    public Confirmed confirm(Actor actor, long id, Verdict verdict, String overrideReason) {
        RecheckService.Confirmation c = rechecks.confirm(actor, id, verdict, overrideReason);
        Recheck r = c.recheck();
        List<LedgerItem> items = new ArrayList<>();
        if (verdict == Verdict.RECTIFY) {
            App app = apps.byId(r.appId()).orElseThrow(() -> new NotFoundException("未找到应用 " + r.appId()));
            String ref = "recheck:" + r.id();
            for (RecheckReason reason : c.toRectify()) {
                items.add(ledger.openFor(app, categoryOf(reason), reason.label() + "：" + reason.sentence(),
                        LedgerSource.RECHECK, ref));
            }
            if (items.isEmpty()) {
                items.add(ledger.openFor(app, LedgerCategory.OTHER, "复核责令整改：" + r.overrideReason(),
                        LedgerSource.RECHECK, ref));
            }
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(RecheckProcessVariables.RECHECK_STATE, r.state().name());
        if (r.windowEnds() != null) {
            vars.put(RecheckProcessVariables.WINDOW_ENDS, Date.from(r.windowEnds()));
        }
        complete(task(id, TaskType.CONFIRM_VERDICT), actor, vars, "复核结论：" + verdict.label());
        handOver(r);
        return new Confirmed(r, items);
    }

    public Recheck appeal(Actor actor, long id, String text) {
        Recheck r = rechecks.appeal(actor, id, text);
        runtimeService.createMessageCorrelation(RecheckProcessVariables.APPEAL_MESSAGE)
                .processInstanceId(instance(id).getId()).correlate();
        return r;
    }

    public Recheck decideAppeal(Actor actor, long id, boolean upheld, String reason) {
        Recheck r = rechecks.decideAppeal(actor, id, upheld, reason);
        complete(task(id, TaskType.DECIDE_APPEAL), actor, Map.of(), upheld ? "申辩成立" : "申辩不成立");
        handOver(r);
        return r;
    }

    /** The zombie window closed without an appeal (RecheckProcess's timer): judged again, and handed over if still one. */
    public Recheck windowClosed(long id) {
        Recheck r = rechecks.windowClosed(id);
        handOver(r);
        return r;
    }

    /** An EXIT or INTEGRATE outcome starts the app's exit (清理退出), which the owner then plans. */
    private void handOver(Recheck r) {
        if (r.outcome() == RecheckOutcome.EXIT_HANDED_OVER || r.outcome() == RecheckOutcome.INTEGRATION_HANDED_OVER) {
            List<RecheckReason> reasons = r.computed() == null ? List.of() : r.computed().reasons();
            exits.fromRecheck(r.id(), r.appId(),
                    ExitReason.suggestedBy(reasons, r.outcome() == RecheckOutcome.INTEGRATION_HANDED_OVER));
        }
    }

    /** The ledger category of a re-check finding. */
    public static LedgerCategory categoryOf(RecheckReason reason) {
        return switch (reason) {
            case ZOMBIE, STALE_CONTENT -> LedgerCategory.STALE_CONTENT;
            case EMPTY_SHELL -> LedgerCategory.EMPTY_SHELL;
            case DUPLICATE_APP, PLATFORM_OVERLAP -> LedgerCategory.DUPLICATE;
            case LOW_USE -> LedgerCategory.LOW_USE;
            case BURDEN_REPORTS -> LedgerCategory.BURDEN;
            case BANNED_FEATURE -> LedgerCategory.BANNED_FEATURE;
            default -> LedgerCategory.OTHER;
        };
    }

    private void complete(Task task, Actor actor, Map<String, Object> vars, String outcome) {
        if (task.getAssignee() == null) {
            taskService.setAssignee(task.getId(), actor.username());
        }
        completion.complete(actor, task, vars, outcome);
    }

    private Task task(long id, TaskType type) {
        Task task = taskService.createTaskQuery().processInstanceId(instance(id).getId())
                .taskDefinitionKey(type.taskDefinitionKey()).singleResult();
        if (task == null) {
            throw new StateConflictException("复核 " + id + " 当前没有“" + type.label() + "”待办", type.name());
        }
        return task;
    }

    private ProcessInstance instance(long id) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RecheckProcessVariables.PROCESS_KEY)
                .variableValueEquals(RecheckProcessVariables.RECHECK_ID, id).singleResult();
        if (instance == null) {
            throw new StateConflictException("复核 " + id + " 已办结", "CONCLUDED");
        }
        return instance;
    }
}
