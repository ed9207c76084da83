package org.fingertip.registry.evaluation;

import org.fingertip.registry.ledger.LedgerCategory;
import org.fingertip.registry.shared.Labelled;

/** What burden a user reports (after the five bans and the 2024 opinions on fingertip formalism). */
public enum BurdenCategory implements Labelled {
    CHECK_IN("强制打卡签到"),
    POINTS_RANKING("积分排名"),
    ONLINE_TIME("考核在线时长"),
    FORCED_INSTALL("强制下载安装"),
    LIKES_SHARES_STUDY_TIME("以点赞、转发、学习时长考核"),
    REPEATED_REPORTING("重复填表报数"),
    NOTIFICATION_OVERLOAD("消息推送过多"),
    UNNECESSARY_UPLOADS("不必要的拍照、视频、定位上传"),
    COMMERCIAL_USE("商业性使用"),
    OTHER("其他负担");

    private final String label;

    BurdenCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The ledger category a burden becomes when reports pass the threshold. */
    public LedgerCategory ledgerCategory() {
        return switch (this) {
            case CHECK_IN, POINTS_RANKING, ONLINE_TIME, FORCED_INSTALL, LIKES_SHARES_STUDY_TIME, COMMERCIAL_USE,
                 REPEATED_REPORTING -> LedgerCategory.BANNED_FEATURE;
            default -> LedgerCategory.BURDEN;
        };
    }
}
