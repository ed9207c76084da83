package org.fingertip.workflow.diagram;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.fingertip.registry.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagrams of an app's processes with how far each got. Every process of a case (filing, change, re-check,
 * ledger item, exit) is started with the app's id as its business key, so the history finds them all by it; the
 * background processes (campaigns, the cycle, the sweep) have other keys and belong to no case. Checking who may see
 * the app is the caller's business.
 */
@Service
@Transactional(readOnly = true)
public class ProcessDiagrams {
    private static final Comparator<CaseInstance> MOST_RELEVANT_FIRST = Comparator
            .comparing(CaseInstance::active).reversed()
            .thenComparing(CaseInstance::startTime, Comparator.reverseOrder());

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;

    public ProcessDiagrams(RepositoryService repositoryService, HistoryService historyService,
                           RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
    }

    /** The app's process instances, running ones first, each group newest first. */
    public List<CaseInstance> instancesOfApp(long appId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(appId))
                .list().stream().map(ProcessDiagrams::caseInstance).sorted(MOST_RELEVANT_FIRST).toList();
    }

    /**
     * The diagram of one of the app's processes: the instance named (which must be the app's), or else the most
     * relevant one — a running instance, the newest first, or the newest that ended.
     */
    public String svgOfApp(long appId, String instanceId) {
        if (instanceId != null && !instanceId.isBlank()) {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(instanceId).processInstanceBusinessKey(String.valueOf(appId)).singleResult();
            if (instance == null) {
                throw new NotFoundException("应用 " + appId + " 没有流程实例“" + instanceId + "”，请从流程列表中选择");
            }
            return svg(instance);
        }
        List<CaseInstance> instances = instancesOfApp(appId);
        if (instances.isEmpty()) {
            throw new NotFoundException("应用 " + appId + " 尚未进入任何流程（例如尚未提交申请），暂无流程图");
        }
        return svg(instances.get(0).id());
    }

    /** The diagram of a process instance, running or ended. */
    public String svg(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new NotFoundException("未找到流程实例“" + processInstanceId + "”");
        }
        return svg(instance);
    }

    private String svg(HistoricProcessInstance instance) {
        Set<String> passed = new HashSet<>();
        for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list()) {
            passed.add(a.getActivityId());
        }
        Set<String> current = new HashSet<>();
        if (instance.getEndTime() == null) {
            ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
            if (tree != null) {
                waitingAt(tree, current);
                current.remove(tree.getActivityId());
            }
        }
        return DiagramSvg.render(repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId()), passed,
                current);
    }

    /**
     * Where a running instance is, from the runtime rather than the history: a step behind an asynchronous
     * continuation is waiting for its job and has no activity instance yet, only a transition instance.
     */
    private static void waitingAt(ActivityInstance instance, Set<String> into) {
        into.add(instance.getActivityId());
        for (TransitionInstance t : instance.getChildTransitionInstances()) {
            into.add(t.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            waitingAt(child, into);
        }
    }

    private static CaseInstance caseInstance(HistoricProcessInstance p) {
        String name = p.getProcessDefinitionName() != null ? p.getProcessDefinitionName() : p.getProcessDefinitionKey();
        return new CaseInstance(p.getId(), p.getProcessDefinitionKey(), name, instant(p.getStartTime()),
                instant(p.getEndTime()), p.getEndTime() == null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
