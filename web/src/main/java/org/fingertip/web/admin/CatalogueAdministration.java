package org.fingertip.web.admin;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.admin.CatalogueEntries;
import org.fingertip.registry.admin.CatalogueRules;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The function catalogue of the province's unified platform, as the pre-check's duplicate finding reads it (a function
 * listed here is "could be a module of the platform"): list, add, edit, remove; every change recorded, a removal with
 * what was removed.
 */
@Service
@Transactional
public class CatalogueAdministration {
    private final CatalogueEntries entries;
    private final Departments departments;
    private final AdminLog log;

    public CatalogueAdministration(CatalogueEntries entries, Departments departments, AdminLog log) {
        this.entries = entries;
        this.departments = departments;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public CatalogueEntries.Page search(Actor actor, String provinceCode, String keyword, int page, int size) {
        AdminRules.requireAdmin(actor, "管理统一平台功能目录");
        return entries.search(provinceCode, keyword, page, size);
    }

    @Transactional(readOnly = true)
    public CatalogueEntries.Entry entry(Actor actor, long id) {
        AdminRules.requireAdmin(actor, "管理统一平台功能目录");
        return entries.byId(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的平台功能"));
    }

    public CatalogueEntries.Entry add(Actor actor, String provinceCode, String platformName, String functionName) {
        AdminRules.requireAdmin(actor, "管理统一平台功能目录");
        Division province = provinceCode == null || provinceCode.isBlank() ? null
                : departments.division(provinceCode.strip()).orElse(null);
        boolean duplicate = province != null && !blank(platformName) && !blank(functionName)
                && entries.exists(province.code(), platformName.strip(), functionName.strip(), null);
        CatalogueRules.check(provinceCode, province, platformName, functionName, duplicate);
        CatalogueEntries.Entry e = entries.add(province.code(), platformName.strip(), functionName.strip());
        log.record(actor, AdminAction.FUNCTION_ADD, AdminObject.PLATFORM_FUNCTION, String.valueOf(e.id()),
                describe(e));
        return e;
    }

    public CatalogueEntries.Entry edit(Actor actor, long id, String platformName, String functionName) {
        CatalogueEntries.Entry before = entry(actor, id);
        Division province = departments.division(before.provinceCode()).orElse(null);
        boolean duplicate = !blank(platformName) && !blank(functionName)
                && entries.exists(before.provinceCode(), platformName.strip(), functionName.strip(), id);
        CatalogueRules.check(before.provinceCode(), province, platformName, functionName, duplicate);
        entries.update(id, platformName.strip(), functionName.strip());
        CatalogueEntries.Entry after = entries.byId(id).orElseThrow();
        log.record(actor, AdminAction.FUNCTION_EDIT, AdminObject.PLATFORM_FUNCTION, String.valueOf(id),
                describe(before) + " 改为 " + describe(after));
        return after;
    }

    public void remove(Actor actor, long id) {
        CatalogueEntries.Entry before = entry(actor, id);
        entries.remove(id);
        log.record(actor, AdminAction.FUNCTION_REMOVE, AdminObject.PLATFORM_FUNCTION, String.valueOf(id),
                "删除 " + describe(before));
    }

    private static String describe(CatalogueEntries.Entry e) {
        return "“" + e.platformName() + "”的功能“" + e.functionName() + "”（" + e.provinceCode() + "）";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
