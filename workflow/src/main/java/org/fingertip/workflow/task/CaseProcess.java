package org.fingertip.workflow.task;

import java.util.Arrays;
import java.util.Optional;

import org.fingertip.registry.shared.Labelled;

/** The processes that give people work, for filtering an inbox: each by its BPMN key. */
public enum CaseProcess implements Labelled {
    FILING("AppFilingProcess", "备案申请"),
    CHANGE("AppChangeProcess", "变更备案"),
    LEDGER("LedgerItemProcess", "问题整改"),
    RECHECK("RecheckProcess", "定期复核"),
    EXIT("AppExitProcess", "清理退出");

    private final String key;
    private final String label;

    CaseProcess(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<CaseProcess> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
