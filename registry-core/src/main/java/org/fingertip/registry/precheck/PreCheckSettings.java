package org.fingertip.registry.precheck;

import java.util.List;
import java.util.Map;

/**
 * Configuration of the pre-check.
 *
 * @param bannedWords        words in a function's name that reveal a banned feature, each mapped to the ban it breaks
 *                           (1 to 5, after the five bans of DOMAIN.md; 6 for unnecessary uploads)
 * @param duplicateThreshold share of the new app's functions that another filed app must offer to count as a duplicate
 */
public record PreCheckSettings(Map<String, Integer> bannedWords, double duplicateThreshold) {

    public PreCheckSettings {
        bannedWords = Map.copyOf(bannedWords);
        if (duplicateThreshold <= 0 || duplicateThreshold > 1) {
            throw new IllegalArgumentException("duplicateThreshold must be in (0, 1]: " + duplicateThreshold);
        }
    }

    /** The defaults: the word list of the five bans and a threshold of one half. */
    public static PreCheckSettings defaults() {
        return new PreCheckSettings(defaultBannedWords(), 0.5);
    }

    public static Map<String, Integer> defaultBannedWords() {
        Map<String, Integer> words = new java.util.LinkedHashMap<>();
        for (String w : List.of("打卡", "签到", "积分", "排名", "排行", "在线时长", "在线时间")) {
            words.put(w, 1);
        }
        for (String w : List.of("下载率", "安装率", "激活率", "强制下载", "强制安装", "装机量")) {
            words.put(w, 2);
        }
        for (String w : List.of("点赞", "转发", "学习时长", "投票", "阅读量考核")) {
            words.put(w, 3);
        }
        for (String w : List.of("重复填报", "重复报送", "重复报数", "多头填报")) {
            words.put(w, 4);
        }
        for (String w : List.of("广告", "商城", "电商", "付费推广", "带货")) {
            words.put(w, 5);
        }
        for (String w : List.of("轨迹上传", "位置轨迹", "拍照上传", "视频上传")) {
            words.put(w, 6);
        }
        return words;
    }
}
