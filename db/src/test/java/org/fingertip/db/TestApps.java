package org.fingertip.db;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FilingForm.AppFunction;
import org.fingertip.registry.form.FunctionCategory;

/**
 * Forms and apps for database tests. States are reached through the domain's own transitions; instants are whole
 * seconds because the MariaDB URL sends no fractional seconds.
 */
public final class TestApps {
    public static final Instant T0 = Instant.parse("2026-03-02T01:30:00Z");
    public static final String APPLICANT = "zhang.san";
    public static final String REVIEWER = "li.si";

    private TestApps() {
    }

    public static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** A complete form, every section filled, with Chinese text and a date. */
    public static FilingForm completeForm(Unit owner, String name, AppKind kind, String... functionNames) {
        List<AppFunction> functions = Arrays.stream(functionNames)
                .map(f -> new AppFunction(f, FunctionCategory.SERVICE, null))
                .toList();
        return new FilingForm(owner.code(), name, kind, Audience.PUBLIC, List.of("华为应用市场", "苹果 App Store"),
                "cn.gov.test.app", new FilingForm.Handler("王五", "科员", "13800138000", "wangwu@example.gov.cn"),
                new FilingForm.ProjectApproval("鄂政数〔2025〕12号", "财政预算", true, false, false, true,
                        "面向群众的“一网通办”移动端，整合 12 项高频事项"),
                functions,
                new FilingForm.Operations("市大数据中心运维组", true, 3, true),
                new FilingForm.Acceptance(LocalDate.of(2025, 12, 31), "通过验收，符合《指尖减负》要求"),
                List.of("鄂汇办"), true);
    }

    public static FilingForm completeForm(Unit owner, String name) {
        return completeForm(owner, name, AppKind.APP, "在线办事", "政策查询", "预约挂号");
    }

    public static App draft(Unit owner, String name, Instant now) {
        return App.draft(completeForm(owner, name), owner, APPLICANT, now, null);
    }

    public static App underReview(FilingForm form, Unit owner, Instant now) {
        App app = App.draft(form, owner, APPLICANT, now, null);
        app.submit(APPLICANT, now);
        return app;
    }

    public static App filed(FilingForm form, Unit owner, String number, Instant now) {
        App app = underReview(form, owner, now);
        app.file(number, REVIEWER, now);
        return app;
    }
}
