package org.fingertip.registry.admin;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;

/**
 * Creating, renaming and merging units. A unit is coded {@code <division>-<nnn>} and named; a merged unit stays as
 * history and takes nothing new: not a new name, not a user, not a filing.
 */
public final class UnitRules {
    public static final int NAME_MAX = 200;

    private UnitRules() {
    }

    /** A new unit in the division; the code must be free (the caller looked it up: {@code taken}). */
    public static Unit newUnit(Actor actor, String code, String name, Division division, boolean taken) {
        AdminRules.requireAdmin(actor, "新建单位");
        List<FieldError> errors = new ArrayList<>();
        String trimmedCode = code == null ? "" : code.strip();
        if (trimmedCode.isEmpty()) {
            errors.add(new FieldError("code", "请填写单位编码"));
        } else if (!Unit.isWellFormedCode(trimmedCode)) {
            errors.add(new FieldError("code", "单位编码应为“区划代码-三位序号”，例如 420100-007"));
        } else if (division != null && !trimmedCode.startsWith(division.code() + "-")) {
            errors.add(new FieldError("code", "单位编码须以所属区划代码 " + division.code() + "- 开头"));
        } else if (taken) {
            errors.add(new FieldError("code", "单位编码 " + trimmedCode + " 已被使用"));
        }
        if (division == null) {
            errors.add(new FieldError("divisionCode", "请选择所属区划（区划代码不存在）"));
        }
        nameErrors(name, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("单位信息有误", errors);
        }
        return new Unit(trimmedCode, name.strip(), division);
    }

    public static Unit rename(Actor actor, Unit unit, String newName) {
        AdminRules.requireAdmin(actor, "修改单位名称");
        requireInUse(unit, "name");
        List<FieldError> errors = new ArrayList<>();
        nameErrors(newName, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("单位名称有误", errors);
        }
        return unit.renamed(newName.strip());
    }

    /**
     * Merging {@code from} into {@code into}: an administrator, two different units of one province, neither already
     * merged. Refused as a rule violation (422) naming the field {@code into}.
     */
    public static UnitMerge merge(Actor actor, Unit from, Unit into) {
        AdminRules.requireAdmin(actor, "合并单位");
        if (from.code().equals(into.code())) {
            throw refused("into", "不能把单位并入它自身，请选择另一个单位");
        }
        if (from.isMerged()) {
            throw refused("into", "单位“" + from.name() + "”（" + from.code() + "）已并入 " + from.mergedInto()
                    + "，不能再次合并");
        }
        if (into.isMerged()) {
            throw refused("into", "目标单位“" + into.name() + "”（" + into.code() + "）已并入 " + into.mergedInto()
                    + "，请直接并入 " + into.mergedInto());
        }
        if (!from.division().provinceCode().equals(into.division().provinceCode())) {
            throw refused("into", "只能合并到本省（" + from.division().provinceCode() + "）的单位：备案号属于省");
        }
        return new UnitMerge(from, into);
    }

    /** A unit that takes new users or filings: not merged into another. 422 naming {@code field}. */
    public static void requireInUse(Unit unit, String field) {
        if (unit.isMerged()) {
            throw refused(field, mergedMessage(unit));
        }
    }

    /** What is said of a merged unit wherever something new is refused for it. */
    public static String mergedMessage(Unit unit) {
        return "单位“" + unit.name() + "”（" + unit.code() + "）已并入 " + unit.mergedInto() + "，不能再使用，请改用 "
                + unit.mergedInto();
    }

    private static void nameErrors(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "请填写单位名称"));
        } else if (name.strip().length() > NAME_MAX) {
            errors.add(new FieldError("name", "单位名称不能超过 " + NAME_MAX + " 个字"));
        }
    }

    private static RuleViolationException refused(String field, String message) {
        return new RuleViolationException(message, List.of(new FieldError(field, message)));
    }
}
