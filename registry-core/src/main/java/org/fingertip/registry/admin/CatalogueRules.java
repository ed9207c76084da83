package org.fingertip.registry.admin;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/** An entry of a unified platform's catalogue: a province, a platform's name and a function's name, each given. */
public final class CatalogueRules {
    public static final int NAME_MAX = 100;

    private CatalogueRules() {
    }

    /** 400 with every field error; {@code province} is what the code names (null when unknown). */
    public static void check(String provinceCode, Division province, String platformName, String functionName,
                             boolean duplicate) {
        List<FieldError> errors = new ArrayList<>();
        if (provinceCode == null || provinceCode.isBlank()) {
            errors.add(new FieldError("provinceCode", "请填写省级区划代码"));
        } else if (province == null || province.level() != DivisionLevel.PROVINCE) {
            errors.add(new FieldError("provinceCode", "没有代码为 " + provinceCode.strip() + " 的省级区划"));
        }
        name("platformName", "平台名称", platformName, errors);
        name("functionName", "功能名称", functionName, errors);
        if (errors.isEmpty() && duplicate) {
            errors.add(new FieldError("functionName", "“" + platformName.strip() + "”已有功能“" + functionName.strip()
                    + "”"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("平台功能信息有误", errors);
        }
    }

    private static void name(String field, String label, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "请填写" + label));
        } else if (value.strip().length() > NAME_MAX) {
            errors.add(new FieldError(field, label + "不能超过 " + NAME_MAX + " 个字"));
        }
    }
}
