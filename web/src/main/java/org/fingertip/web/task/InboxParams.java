package org.fingertip.web.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.task.DueState;
import org.fingertip.registry.task.WorkView;
import org.fingertip.workflow.task.CaseProcess;
import org.fingertip.workflow.task.InboxFilter;
import org.fingertip.workflow.task.TaskType;

/**
 * The inbox's query parameters as the API and the pages take them ({@code view=todo|done|cc}, {@code process},
 * {@code type}, {@code app}, {@code department}, {@code due}), checked at once: every wrong one is named.
 */
public final class InboxParams {
    private InboxParams() {
    }

    public static WorkView view(String view, List<FieldError> errors) {
        if (view == null || view.isBlank()) {
            return WorkView.TODO;
        }
        return parse(WorkView.class, view, "view", "todo、done 或 cc", errors);
    }

    public static InboxFilter filter(String process, String type, Long app, String department, String due,
                                     List<FieldError> errors) {
        if (app != null && app < 1) {
            errors.add(new FieldError("app", "应用编号应为正整数"));
        }
        return new InboxFilter(
                blank(process) ? null : parse(CaseProcess.class, process, "process", names(CaseProcess.values()), errors),
                blank(type) ? null : parse(TaskType.class, type, "type", "任务类型，例如 FIRST_REVIEW", errors),
                app, blank(department) ? null : department.strip(),
                blank(due) ? null : parse(DueState.class, due, "due", names(DueState.values()), errors));
    }

    /** All parameters at once; 400 naming each wrong one. */
    public static Checked check(String view, String process, String type, Long app, String department, String due) {
        List<FieldError> errors = new ArrayList<>();
        WorkView v = view(view, errors);
        InboxFilter f = filter(process, type, app, department, due, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("筛选条件有误", errors);
        }
        return new Checked(v, f);
    }

    /** A checked view and filter. */
    public record Checked(WorkView view, InboxFilter filter) {
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String expected,
                                               List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "取值应为 " + expected));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String names(Enum<?>[] values) {
        return String.join("、", Arrays.stream(values).map(Enum::name).toList());
    }
}
