package org.fingertip.registry.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.fingertip.registry.department.Unit;
import org.fingertip.registry.form.FilingForm.AppFunction;
import org.fingertip.registry.shared.FieldError;

/**
 * Shape rules (lengths, formats: checked on every save) and completeness rules (checked at submit) of the
 * filing form. Messages are in Chinese and say what to fix; fields are dotted paths.
 */
public final class FormRules {
    public static final int NAME_MAX = 100;
    public static final int SHORT_TEXT_MAX = 100;
    public static final int LONG_TEXT_MAX = 2000;
    public static final int MAX_STORES = 20;
    public static final int MAX_FUNCTIONS = 100;
    public static final int MAX_SIMILAR_APPS = 50;

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private FormRules() {
    }

    /** Malformed fields: wrong length or format. A draft with any of these is not saved. */
    public static List<FieldError> shapeErrors(FilingForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.ownerDepartmentCode() != null && !Unit.isWellFormedCode(form.ownerDepartmentCode())) {
            errors.add(new FieldError("ownerDepartmentCode", "主办单位编码应为“区划代码-三位序号”，例如 420100-007"));
        }
        max(errors, "name", form.name(), NAME_MAX);
        list(errors, "stores", form.stores(), MAX_STORES, 50);
        max(errors, "packageName", form.packageName(), 200);
        if (form.packageName() != null && !form.packageName().isBlank()
                && !PACKAGE.matcher(form.packageName()).matches()) {
            errors.add(new FieldError("packageName", "包名或 Bundle ID 只能包含字母、数字、点、下划线和连字符"));
        }
        if (form.handler() != null) {
            max(errors, "handler.name", form.handler().name(), 50);
            max(errors, "handler.post", form.handler().post(), 50);
            String phone = form.handler().phone();
            if (phone != null && !phone.isBlank() && (phone.length() > 20 || !PHONE.matcher(phone).matches())) {
                errors.add(new FieldError("handler.phone", "请填写有效的手机号（11 位）或固定电话（区号-号码）"));
            }
            String email = form.handler().email();
            if (email != null && !email.isBlank() && (email.length() > SHORT_TEXT_MAX || !EMAIL.matcher(email).matches())) {
                errors.add(new FieldError("handler.email", "请填写有效的电子邮箱，例如 name@example.gov.cn"));
            }
        }
        if (form.projectApproval() != null) {
            max(errors, "projectApproval.reference", form.projectApproval().reference(), SHORT_TEXT_MAX);
            max(errors, "projectApproval.budgetSource", form.projectApproval().budgetSource(), SHORT_TEXT_MAX);
            max(errors, "projectApproval.justification", form.projectApproval().justification(), LONG_TEXT_MAX);
        }
        if (form.functions() != null) {
            if (form.functions().size() > MAX_FUNCTIONS) {
                errors.add(new FieldError("functions", "功能清单最多 " + MAX_FUNCTIONS + " 项"));
            }
            for (int i = 0; i < form.functions().size(); i++) {
                AppFunction f = form.functions().get(i);
                if (f == null) {
                    errors.add(new FieldError("functions[" + i + "]", "功能项不能为空"));
                    continue;
                }
                max(errors, "functions[" + i + "].name", f.name(), NAME_MAX);
                max(errors, "functions[" + i + "].exceptionReason", f.exceptionReason(), 500);
            }
        }
        if (form.operations() != null) {
            max(errors, "operations.team", form.operations().team(), 200);
            Integer level = form.operations().mlpsLevel();
            if (level != null && (level < 1 || level > 5)) {
                errors.add(new FieldError("operations.mlpsLevel", "等保级别应为 1 至 5 级"));
            }
        }
        if (form.acceptance() != null) {
            max(errors, "acceptance.result", form.acceptance().result(), 500);
        }
        list(errors, "similarApps", form.similarApps(), MAX_SIMILAR_APPS, NAME_MAX);
        return errors;
    }

    /** Fields that must be filled before the form can be submitted. */
    public static List<FieldError> missingFields(FilingForm form) {
        List<FieldError> missing = new ArrayList<>();
        required(missing, "ownerDepartmentCode", form.ownerDepartmentCode(), "请选择主办单位");
        required(missing, "name", form.name(), "请填写应用名称");
        if (form.kind() == null) {
            missing.add(new FieldError("kind", "请选择应用类型"));
        }
        if (form.audience() == null) {
            missing.add(new FieldError("audience", "请选择服务对象（内部或公众）"));
        }
        if (form.stores() == null || form.stores().stream().allMatch(s -> s == null || s.isBlank())) {
            missing.add(new FieldError("stores", "请至少填写一个上架的应用商店或承载平台"));
        }
        if (form.kind() != null && form.kind().needsPackageName()) {
            required(missing, "packageName", form.packageName(), "请填写包名、Bundle ID 或小程序 AppID");
        }
        FilingForm.Handler h = form.handler();
        required(missing, "handler.name", h == null ? null : h.name(), "请填写经办人姓名");
        required(missing, "handler.post", h == null ? null : h.post(), "请填写经办人职务");
        required(missing, "handler.phone", h == null ? null : h.phone(), "请填写经办人联系电话");
        required(missing, "handler.email", h == null ? null : h.email(), "请填写经办人电子邮箱");
        FilingForm.ProjectApproval p = form.projectApproval();
        required(missing, "projectApproval.reference", p == null ? null : p.reference(), "请填写立项批复文号");
        required(missing, "projectApproval.budgetSource", p == null ? null : p.budgetSource(), "请填写资金来源");
        answered(missing, "projectApproval.fitsDigitalPlan", p == null ? null : p.fitsDigitalPlan(), "请回答是否符合数字政府建设规划");
        answered(missing, "projectApproval.duplicatesExisting", p == null ? null : p.duplicatesExisting(), "请回答是否与已有应用重复");
        answered(missing, "projectApproval.couldBeModule", p == null ? null : p.couldBeModule(), "请回答能否作为已有应用或统一平台的模块建设");
        answered(missing, "projectApproval.sharesData", p == null ? null : p.sharesData(), "请回答是否实现数据共享");
        if (form.functions() == null || form.functions().isEmpty()) {
            missing.add(new FieldError("functions", "请至少填写一项功能"));
        } else {
            for (int i = 0; i < form.functions().size(); i++) {
                AppFunction f = form.functions().get(i);
                if (f == null) {
                    continue;
                }
                required(missing, "functions[" + i + "].name", f.name(), "请填写功能名称");
                if (f.category() == null) {
                    missing.add(new FieldError("functions[" + i + "].category", "请选择功能类别"));
                }
            }
        }
        FilingForm.Operations o = form.operations();
        required(missing, "operations.team", o == null ? null : o.team(), "请填写运维团队");
        answered(missing, "operations.securityTested", o == null ? null : o.securityTested(), "请回答是否已完成安全检测");
        if (o == null || o.mlpsLevel() == null) {
            missing.add(new FieldError("operations.mlpsLevel", "请填写等保定级"));
        }
        answered(missing, "operations.mlpsAssessed", o == null ? null : o.mlpsAssessed(), "请回答是否已完成等保测评");
        FilingForm.Acceptance a = form.acceptance();
        if (a == null || a.date() == null) {
            missing.add(new FieldError("acceptance.date", "请填写上线验收日期"));
        }
        required(missing, "acceptance.result", a == null ? null : a.result(), "请填写上线验收结论");
        if (form.similarApps() == null) {
            missing.add(new FieldError("similarApps", "请填写已在使用的同类应用；没有请填写空列表"));
        }
        if (!Boolean.TRUE.equals(form.commitmentSigned())) {
            missing.add(new FieldError("commitmentSigned", "请签署承诺书"));
        }
        return missing;
    }

    private static void max(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "长度不能超过 " + max + " 个字符（现为 " + value.length() + " 个）"));
        }
    }

    private static void list(List<FieldError> errors, String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return;
        }
        if (values.size() > maxItems) {
            errors.add(new FieldError(field, "最多填写 " + maxItems + " 项"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                errors.add(new FieldError(field + "[" + i + "]", "不能为空"));
            } else {
                max(errors, field + "[" + i + "]", values.get(i), maxLength);
            }
        }
    }

    private static void required(List<FieldError> missing, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            missing.add(new FieldError(field, message));
        }
    }

    private static void answered(List<FieldError> missing, String field, Boolean value, String message) {
        if (value == null) {
            missing.add(new FieldError(field, message));
        }
    }
}
