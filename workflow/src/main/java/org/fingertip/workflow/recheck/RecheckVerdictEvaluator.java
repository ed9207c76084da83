package org.fingertip.workflow.recheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.fingertip.registry.recheck.RecheckFacts;
import org.fingertip.registry.recheck.RecheckFinding;
import org.fingertip.registry.recheck.RecheckReason;
import org.fingertip.registry.recheck.RecheckSettings;
import org.fingertip.registry.recheck.Verdict;
import org.fingertip.registry.recheck.VerdictOutcome;
import org.fingertip.registry.recheck.VerdictRules;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision table {@code RecheckVerdict} (dmn/RecheckVerdict.dmn) on an app's re-check facts. The engine's
 * DMN has no PRIORITY hit policy, so the table COLLECTs every rule that fires and the most severe verdict is picked
 * here, by {@link VerdictOutcome#of}.
 *
 * <p>The thresholds travel with the facts as variables, so the table holds no numbers of its own.
 */
@Component
public class RecheckVerdictEvaluator implements VerdictRules {
    public static final String DECISION_KEY = "RecheckVerdict";

    /** The table's outputs. */
    static final String REASON = "reason";
    static final String VERDICT = "verdict";

    private final DecisionService decisionService;

    public RecheckVerdictEvaluator(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The verdict and every reason found; KEEP with no reasons when no rule fires. */
    @Override
    public VerdictOutcome evaluate(RecheckFacts facts, RecheckSettings settings) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION_KEY)
                .variables(variables(facts, settings))
                .evaluate();
        List<RecheckFinding> findings = result.getResultList().stream()
                .map(RecheckVerdictEvaluator::finding)
                .toList();
        return VerdictOutcome.of(findings);
    }

    /** The table's variables: each fact and each threshold under its record component's name; unknown facts are null. */
    static Map<String, Object> variables(RecheckFacts facts, RecheckSettings settings) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("appKind", facts.appKind());
        vars.put("daysSinceLastUpdate", facts.daysSinceLastUpdate());
        vars.put("daysSinceLastPost", facts.daysSinceLastPost());
        vars.put("monthsWithUsageData", facts.monthsWithUsageData());
        vars.put("maxMonthlyActiveUsers", facts.maxMonthlyActiveUsers());
        vars.put("averageUsageRatio", facts.averageUsageRatio());
        vars.put("servicesAnswer", facts.servicesAnswer());
        vars.put("duplicateApps", facts.duplicateApps());
        vars.put("platformOverlaps", facts.platformOverlaps());
        vars.put("burdenReporters", facts.burdenReporters());
        vars.put("bannedFeatures", facts.bannedFeatures());
        vars.put("selfInspection", facts.selfInspection());

        vars.put("zombieDaysApp", settings.zombieDaysApp());
        vars.put("zombieDaysAccount", settings.zombieDaysAccount());
        vars.put("minUsageMonths", settings.minUsageMonths());
        vars.put("nearZeroUsageRatio", settings.nearZeroUsageRatio());
        vars.put("lowUsageRatio", settings.lowUsageRatio());
        vars.put("burdenThreshold", settings.burdenThreshold());
        return vars;
    }

    private static RecheckFinding finding(Map<String, Object> row) {
        Object reason = row.get(REASON);
        Object verdict = row.get(VERDICT);
        try {
            return new RecheckFinding(RecheckReason.valueOf((String) reason), Verdict.valueOf((String) verdict));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    DECISION_KEY + " gave an output the registry does not know: reason=" + reason + ", verdict=" + verdict,
                    e);
        }
    }
}
