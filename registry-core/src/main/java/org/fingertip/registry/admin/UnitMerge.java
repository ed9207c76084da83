package org.fingertip.registry.admin;

import org.fingertip.registry.department.Unit;

/**
 * Unit {@code from} merged into {@code into} (allowed by {@link UnitRules#merge}): its apps with their open cases, its
 * users and its unit's work go to {@code into}; {@code from} stays, marked merged.
 */
public record UnitMerge(Unit from, Unit into) {

    /** True when the apps change division too (their jurisdiction, level and reviewing offices). */
    public boolean crossesDivision() {
        return !from.division().code().equals(into.division().code());
    }

    /** The line each moved app's history gets. */
    public String appReason() {
        return "单位合并：主办单位由“" + from.name() + "”（" + from.code() + "）变更为“" + into.name() + "”（"
                + into.code() + "）";
    }

    /** The merged unit as it is kept. */
    public Unit mergedUnit() {
        return from.mergeInto(into);
    }

    /** What moved, in words, for the record of changes. */
    public String detail(int apps, int users, int tasks, int records) {
        return "“" + from.name() + "”（" + from.code() + "）并入“" + into.name() + "”（" + into.code() + "）：应用 "
                + apps + " 个、用户 " + users + " 名、待办任务 " + tasks + " 项随之移交；关联记录 " + records + " 条改为新单位"
                + (crossesDivision() ? "；所属区划由 " + from.division().code() + " 变更为 " + into.division().code() : "");
    }
}
