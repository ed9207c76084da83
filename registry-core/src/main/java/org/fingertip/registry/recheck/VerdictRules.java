package org.fingertip.registry.recheck;

/** Port: the decision table that judges an app's re-check facts (RecheckVerdict.dmn in the workflow module). */
public interface VerdictRules {

    VerdictOutcome evaluate(RecheckFacts facts, RecheckSettings settings);
}
