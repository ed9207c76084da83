package org.fingertip.registry.exit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fingertip.registry.shared.FieldError;

/**
 * The owner's exit plan: why, what replaces the app (another app or a module of the unified platform), for an
 * integration which function moves to which platform function, what happens to each category of data, the notice to
 * the users, and the offline date.
 *
 * @param toPlatform    the replacement is the province's unified platform: an integration (整合), whose users are
 *                      migrated and accepted before the exit proper
 * @param functionMoves for an integration, each function that moves and the platform function that takes it over
 */
public record ExitPlan(ExitReason reason, String replacement, boolean toPlatform, List<FunctionMove> functionMoves,
                       List<DataPlan> data, String userNotice, LocalDate offlineDate) {
    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 100;
    public static final int NOTICE_MIN = 10;
    public static final int ROWS_MAX = 50;

    public ExitPlan {
        functionMoves = functionMoves == null ? List.of() : List.copyOf(functionMoves);
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** One function moving onto the unified platform. */
    public record FunctionMove(String function, String platformFunction) {
    }

    /** What happens to one category of data; an archive names its retention period in years. */
    public record DataPlan(String category, DataDisposition disposition, Integer retentionYears) {
    }

    /**
     * What is wrong with the plan, field by field: every gap at once. {@code earliestOffline} is the first date the
     * notice period allows.
     */
    public List<FieldError> problems(LocalDate earliestOffline, int noticeDays) {
        List<FieldError> errors = new ArrayList<>();
        if (reason == null) {
            errors.add(new FieldError("reason", "请选择退出原因"));
        }
        boolean needsReplacement = toPlatform || reason == ExitReason.DUPLICATE || reason == ExitReason.INTEGRATED;
        if (blank(replacement)) {
            if (needsReplacement) {
                errors.add(new FieldError("replacement", "请填写替代的应用或统一平台模块"));
            }
        } else if (replacement.strip().length() > NAME_MAX) {
            errors.add(new FieldError("replacement", "替代应用或模块名称不超过 " + NAME_MAX + " 个字"));
        }
        if (reason == ExitReason.INTEGRATED && !toPlatform) {
            errors.add(new FieldError("toPlatform", "整合退出的替代应为统一平台"));
        }
        if (toPlatform && functionMoves.isEmpty()) {
            errors.add(new FieldError("functionMoves", "整合至统一平台，请逐项列出迁移的功能及承接的平台功能"));
        }
        if (functionMoves.size() > ROWS_MAX) {
            errors.add(new FieldError("functionMoves", "迁移功能不超过 " + ROWS_MAX + " 项"));
        }
        for (int i = 0; i < functionMoves.size() && i < ROWS_MAX; i++) {
            FunctionMove m = functionMoves.get(i);
            if (m == null || blank(m.function()) || m.function().strip().length() > NAME_MAX) {
                errors.add(new FieldError("functionMoves[" + i + "].function", "请填写迁移的功能名称（不超过 " + NAME_MAX + " 个字）"));
            }
            if (m == null || blank(m.platformFunction()) || m.platformFunction().strip().length() > NAME_MAX) {
                errors.add(new FieldError("functionMoves[" + i + "].platformFunction", "请填写承接的统一平台功能"));
            }
        }
        if (data.isEmpty()) {
            errors.add(new FieldError("data", "请至少列出一类数据及其处置方式（迁移、归档或销毁）"));
        }
        if (data.size() > ROWS_MAX) {
            errors.add(new FieldError("data", "数据类别不超过 " + ROWS_MAX + " 项"));
        }
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < data.size() && i < ROWS_MAX; i++) {
            DataPlan d = data.get(i);
            String at = "data[" + i + "]";
            if (d == null || blank(d.category()) || d.category().strip().length() > NAME_MAX) {
                errors.add(new FieldError(at + ".category", "请填写数据类别（不超过 " + NAME_MAX + " 个字）"));
            } else if (!categories.add(d.category().strip())) {
                errors.add(new FieldError(at + ".category", "数据类别“" + d.category().strip() + "”重复"));
            }
            if (d == null || d.disposition() == null) {
                errors.add(new FieldError(at + ".disposition", "请选择处置方式"));
            } else if (d.disposition() == DataDisposition.ARCHIVE
                    && (d.retentionYears() == null || d.retentionYears() < 1 || d.retentionYears() > 100)) {
                errors.add(new FieldError(at + ".retentionYears", "归档保存须填写保存年限（1 至 100 年）"));
            } else if (d.disposition() != DataDisposition.ARCHIVE && d.retentionYears() != null) {
                errors.add(new FieldError(at + ".retentionYears", "只有归档保存填写保存年限"));
            }
        }
        if (blank(userNotice) || userNotice.strip().length() < NOTICE_MIN) {
            errors.add(new FieldError("userNotice", "请填写告知用户的公告内容（不少于 " + NOTICE_MIN + " 个字）"));
        } else if (userNotice.strip().length() > TEXT_MAX) {
            errors.add(new FieldError("userNotice", "公告内容不超过 " + TEXT_MAX + " 个字"));
        }
        if (offlineDate == null) {
            errors.add(new FieldError("offlineDate", "请填写下线日期"));
        } else if (offlineDate.isBefore(earliestOffline)) {
            errors.add(new FieldError("offlineDate", "下线日期须在公告发布后至少 " + noticeDays + " 天，最早为 "
                    + earliestOffline));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
