package org.fingertip.registry.recheck;

import org.fingertip.registry.shared.Labelled;

/**
 * Why a re-check rule fired. The names ZOMBIE, EMPTY_SHELL, DUPLICATE_APP and LOW_USE match the exit reasons ZOMBIE,
 * EMPTY_SHELL, DUPLICATE and LOW_USE of an exit plan. The sentences name no numbers: those are configuration.
 */
public enum RecheckReason implements Labelled {
    ZOMBIE("僵尸应用", "长期未更新（公众号长期未发布内容），且统计期内几乎无人使用。"),
    EMPTY_SHELL("空壳应用", "最近一次检测时服务无法访问，没有可用的服务支撑。"),
    DUPLICATE_APP("功能重复", "其功能已由其他已备案应用提供。"),
    PLATFORM_OVERLAP("可并入统一平台", "其功能已由全省统一平台提供，可改为平台模块。"),
    LOW_USE("使用率低", "统计期内月活跃用户数远低于目标用户规模。"),
    BURDEN_REPORTS("基层负担反映集中", "反映其增加基层负担的观察员人数达到阈值。"),
    BANNED_FEATURE("违反“五个不得”", "复核时再次发现“五个不得”禁止的功能。"),
    STALE_CONTENT("内容更新不及时", "公众号超过规定期限未发布内容，但仍有人使用，尚不属僵尸应用。"),
    INSUFFICIENT_USAGE_DATA("使用数据不足", "统计期内有使用数据的月份不足，未评判使用情况。"),
    SELF_INSPECTION_PROPOSES_EXIT("自查提出退出", "主办单位自查自评提出关停退出。"),
    SELF_INSPECTION_PROPOSES_INTEGRATION("自查提出整合", "主办单位自查自评提出并入统一平台。"),
    SELF_INSPECTION_PROPOSES_RECTIFICATION("自查提出整改", "主办单位自查自评提出整改。"),
    NO_SELF_INSPECTION("未提交自查", "主办单位未在期限内提交自查自评。");

    private final String label;
    private final String sentence;

    RecheckReason(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    @Override
    public String label() {
        return label;
    }

    /** The finding as one sentence, for the case page and the rectification ledger. */
    public String sentence() {
        return sentence;
    }
}
