package org.fingertip.registry.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FilingForm.Acceptance;
import org.fingertip.registry.form.FilingForm.AppFunction;
import org.fingertip.registry.form.FilingForm.Handler;
import org.fingertip.registry.form.FilingForm.Operations;
import org.fingertip.registry.form.FilingForm.ProjectApproval;
import org.fingertip.registry.form.FunctionCategory;

/** Filing forms for tests: a complete one that passes every completeness rule, and withers to change one thing. */
public final class Forms {
    /** The function a complete form gets when the test names none. */
    public static final String DEFAULT_FUNCTION = "在线办事";

    private Forms() {
    }

    /**
     * A form that passes {@code FormRules.missingFields} and {@code FormRules.shapeErrors}: a standalone internal APP
     * with the given functions, all of category SERVICE (one function, {@value #DEFAULT_FUNCTION}, if none given).
     */
    public static FilingForm complete(String ownerUnitCode, String name, String... functionNames) {
        List<String> names = functionNames.length == 0 ? List.of(DEFAULT_FUNCTION) : Arrays.asList(functionNames);
        return new FilingForm(
                ownerUnitCode,
                name,
                AppKind.APP,
                Audience.INTERNAL,
                List.of("华为应用市场", "苹果 App Store"),
                "cn.gov.hubei.app" + Math.abs(name == null ? 0 : name.hashCode()),
                new Handler("张明", "科员", "13800138000", "zhangming@example.gov.cn"),
                new ProjectApproval("鄂政数〔2026〕1号", "财政资金", true, false, false, true, null),
                names.stream().map(Forms::service).toList(),
                new Operations("信息中心运维组", true, 3, true),
                new Acceptance(LocalDate.of(2026, 1, 15), "验收合格"),
                List.of(),
                true);
    }

    /** A form with nothing filled in: what a brand-new draft may look like. */
    public static FilingForm empty() {
        return new FilingForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static AppFunction service(String name) {
        return new AppFunction(name, FunctionCategory.SERVICE, null);
    }

    public static AppFunction function(String name, FunctionCategory category) {
        return new AppFunction(name, category, null);
    }

    public static AppFunction function(String name, FunctionCategory category, String exceptionReason) {
        return new AppFunction(name, category, exceptionReason);
    }

    public static FilingForm withFunctions(FilingForm f, List<AppFunction> fns) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), fns, f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withFunctions(FilingForm f, AppFunction... fns) {
        return withFunctions(f, Arrays.asList(fns));
    }

    public static FilingForm withJustification(FilingForm f, String justification) {
        ProjectApproval p = f.projectApproval() == null
                ? new ProjectApproval(null, null, null, null, null, null, justification)
                : new ProjectApproval(f.projectApproval().reference(), f.projectApproval().budgetSource(),
                        f.projectApproval().fitsDigitalPlan(), f.projectApproval().duplicatesExisting(),
                        f.projectApproval().couldBeModule(), f.projectApproval().sharesData(), justification);
        return withProjectApproval(f, p);
    }

    public static FilingForm withProjectApproval(FilingForm f, ProjectApproval p) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), p, f.functions(), f.operations(), f.acceptance(), f.similarApps(), f.commitmentSigned());
    }

    public static FilingForm withOwner(FilingForm f, String ownerUnitCode) {
        return new FilingForm(ownerUnitCode, f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withName(FilingForm f, String name) {
        return new FilingForm(f.ownerDepartmentCode(), name, f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withKind(FilingForm f, AppKind kind) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), kind, f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withStores(FilingForm f, List<String> stores) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), stores, f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withPackageName(FilingForm f, String packageName) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), packageName,
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withHandler(FilingForm f, Handler handler) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                handler, f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withPhone(FilingForm f, String phone) {
        Handler h = f.handler();
        return withHandler(f, new Handler(h.name(), h.post(), phone, h.email()));
    }

    public static FilingForm withEmail(FilingForm f, String email) {
        Handler h = f.handler();
        return withHandler(f, new Handler(h.name(), h.post(), h.phone(), email));
    }

    public static FilingForm withOperations(FilingForm f, Operations operations) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), operations, f.acceptance(), f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withMlpsLevel(FilingForm f, Integer level) {
        Operations o = f.operations();
        return withOperations(f, new Operations(o.team(), o.securityTested(), level, o.mlpsAssessed()));
    }

    public static FilingForm withAcceptance(FilingForm f, Acceptance acceptance) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), acceptance, f.similarApps(),
                f.commitmentSigned());
    }

    public static FilingForm withSimilarApps(FilingForm f, List<String> similarApps) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), similarApps,
                f.commitmentSigned());
    }

    public static FilingForm withCommitment(FilingForm f, Boolean signed) {
        return new FilingForm(f.ownerDepartmentCode(), f.name(), f.kind(), f.audience(), f.stores(), f.packageName(),
                f.handler(), f.projectApproval(), f.functions(), f.operations(), f.acceptance(), f.similarApps(),
                signed);
    }
}
