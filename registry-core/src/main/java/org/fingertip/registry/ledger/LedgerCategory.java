package org.fingertip.registry.ledger;

import org.fingertip.registry.shared.Labelled;

/** The kind of problem a ledger item records. */
public enum LedgerCategory implements Labelled {
    BANNED_FEATURE("违反“五个不得”"),
    BURDEN("加重基层负担"),
    LOW_USE("使用率低"),
    STALE_CONTENT("更新不及时"),
    EMPTY_SHELL("服务不可用（空壳）"),
    DUPLICATE("功能重复"),
    SECURITY("安全隐患"),
    OTHER("其他问题"),
    /** Found live by the inventory and still not filed after the filing deadline (在用未备案逾期). */
    UNFILED("逾期未备案");

    private final String label;

    LedgerCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
