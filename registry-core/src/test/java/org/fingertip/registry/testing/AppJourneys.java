package org.fingertip.registry.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormSection;

/**
 * Apps brought to any status through the real transitions of {@link App}, never by setting fields: a DRAFT is
 * submitted, reviewed and filed to become FILED, and so on. The app is not saved; its {@code newChanges()} hold the
 * whole journey.
 */
public final class AppJourneys {
    /** When journeys start: 2026-03-02 09:00 in Shanghai. Each step happens one hour after the previous one. */
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    public static final String APPLICANT = "applicant-" + Hubei.WUHAN_UNIT.code();
    public static final String REVIEWER = "reviewer-420000";
    public static final String NUMBER = "鄂政应备2026000001号";

    private AppJourneys() {
    }

    /** A Wuhan app named 城管通 in the given status. */
    public static App appIn(AppStatus status) {
        FilingForm form = Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通", "案件上报", "执法文书");
        if (status == AppStatus.REGISTERED) {
            form = Forms.withKind(form, AppKind.PUBLIC_ACCOUNT);
        }
        return appIn(status, form, Hubei.WUHAN_UNIT);
    }

    public static App appIn(AppStatus status, FilingForm form, Unit owner) {
        return switch (status) {
            case DRAFT -> App.draft(form, owner, APPLICANT, at(0), null);
            case LIVE_UNFILED, REGISTERED -> {
                App app = App.inventoried(form, owner, "inventory", at(0), "清理排查发现");
                if (app.status() != status) {
                    throw new IllegalArgumentException("a form of kind " + form.kind() + " is inventoried as "
                            + app.status() + ", not " + status);
                }
                yield app;
            }
            case UNDER_REVIEW -> step(appIn(AppStatus.DRAFT, form, owner), a -> a.submit(APPLICANT, at(1)));
            case RETURNED -> step(appIn(AppStatus.UNDER_REVIEW, form, owner),
                    a -> a.returnForRevision(List.of(new Gap(FormSection.HANDLER, "经办人电话无法接通")), REVIEWER, at(2),
                            "请补正"));
            case REJECTED -> step(appIn(AppStatus.UNDER_REVIEW, form, owner),
                    a -> a.reject(REVIEWER, at(2), "与统一平台功能重复"));
            case WITHDRAWN -> step(appIn(AppStatus.DRAFT, form, owner), a -> a.withdraw(APPLICANT, at(1), "暂不建设"));
            case ABANDONED -> step(appIn(AppStatus.RETURNED, form, owner), a -> a.abandon("system", at(3)));
            case FILED -> step(appIn(AppStatus.UNDER_REVIEW, form, owner), a -> a.file(NUMBER, REVIEWER, at(2)));
            case CHANGE_UNDER_REVIEW -> step(appIn(AppStatus.FILED, form, owner),
                    a -> a.proposeChange(APPLICANT, at(3), "新增模块"));
            case UNDER_RECHECK -> step(appIn(AppStatus.FILED, form, owner),
                    a -> a.startRecheck("system", at(3), "定期复核"));
            case RECTIFYING -> step(appIn(AppStatus.UNDER_RECHECK, form, owner),
                    a -> a.startRectification(REVIEWER, at(4), "存在强制打卡"));
            case INTEGRATING -> step(appIn(AppStatus.UNDER_RECHECK, form, owner),
                    a -> a.startIntegration(REVIEWER, at(4), "功能并入统一平台"));
            case EXITING -> step(appIn(AppStatus.FILED, form, owner), a -> a.startExit(APPLICANT, at(3), "主动退出"));
            case EXITED -> step(appIn(AppStatus.EXITING, form, owner), a -> a.deregister(REVIEWER, at(4), "已下架"));
            case REVOKED -> step(appIn(AppStatus.FILED, form, owner), a -> a.revoke(REVIEWER, at(3), "违规未整改"));
        };
    }

    /** The instant of the n-th step of a journey. */
    public static Instant at(int step) {
        return START.plus(Duration.ofHours(step));
    }

    private static App step(App app, java.util.function.Consumer<App> transition) {
        transition.accept(app);
        return app;
    }
}
