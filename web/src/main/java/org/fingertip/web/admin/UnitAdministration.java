package org.fingertip.web.admin;

import java.util.List;

import org.fingertip.db.department.MyBatisDepartments;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.admin.UnitRules;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.workflow.admin.UnitMergeWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units and divisions as an administrator keeps them, for the API and the pages alike; every change recorded. */
@Service
@Transactional
public class UnitAdministration {
    private final Departments departments;
    private final MyBatisDepartments directory;
    private final UnitMergeWorkflow merges;
    private final AdminLog log;

    public UnitAdministration(Departments departments, MyBatisDepartments directory, UnitMergeWorkflow merges,
                              AdminLog log) {
        this.departments = departments;
        this.directory = directory;
        this.merges = merges;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public MyBatisDepartments.UnitPage units(Actor actor, String divisionCode, String keyword, int page, int size) {
        AdminRules.requireAdmin(actor, "管理单位");
        return directory.unitPage(divisionCode, keyword, page, size);
    }

    @Transactional(readOnly = true)
    public List<Division> divisions(Actor actor) {
        AdminRules.requireAdmin(actor, "管理行政区划");
        return directory.allDivisions();
    }

    @Transactional(readOnly = true)
    public Unit unit(Actor actor, String code) {
        AdminRules.requireAdmin(actor, "管理单位");
        return departments.unit(code).orElseThrow(() -> new NotFoundException("未找到编码为 " + code + " 的单位"));
    }

    public Unit create(Actor actor, String code, String name, String divisionCode) {
        AdminRules.requireAdmin(actor, "新建单位");
        Division division = divisionCode == null || divisionCode.isBlank() ? null
                : departments.division(divisionCode.strip()).orElse(null);
        boolean taken = code != null && !code.isBlank() && departments.unit(code.strip()).isPresent();
        Unit unit = UnitRules.newUnit(actor, code, name, division, taken);
        departments.save(unit);
        log.record(actor, AdminAction.UNIT_CREATE, AdminObject.UNIT, unit.code(),
                "新建单位“" + unit.name() + "”，所属区划 " + division.name() + "（" + division.code() + "）");
        return unit;
    }

    public Unit rename(Actor actor, String code, String name) {
        Unit before = unit(actor, code);
        Unit after = UnitRules.rename(actor, before, name);
        if (!after.name().equals(before.name())) {
            departments.save(after);
            log.record(actor, AdminAction.UNIT_RENAME, AdminObject.UNIT, code,
                    "名称由“" + before.name() + "”改为“" + after.name() + "”");
        }
        return after;
    }

    public UnitMergeWorkflow.Outcome merge(Actor actor, String code, String into) {
        AdminRules.requireAdmin(actor, "合并单位");
        return merges.merge(actor, code, into);
    }
}
