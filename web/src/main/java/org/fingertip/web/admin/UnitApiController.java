package org.fingertip.web.admin;

import java.net.URI;
import java.util.List;

import org.fingertip.db.department.MyBatisDepartments;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.admin.UnitMergeWorkflow;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Units and divisions: {@code GET /api/admin/divisions} (the tree by path), {@code GET|POST /api/admin/units},
 * {@code GET|PUT /api/admin/units/{code}} (rename) and {@code POST /api/admin/units/{code}/merge}.
 */
@RestController
class UnitApiController {
    private final UnitAdministration units;

    UnitApiController(UnitAdministration units) {
        this.units = units;
    }

    @GetMapping("/api/admin/divisions")
    @Allowed(Role.ADMIN)
    List<DivisionItem> divisions(Actor actor) {
        return units.divisions(actor).stream().map(DivisionItem::of).toList();
    }

    @GetMapping("/api/admin/units")
    @Allowed(Role.ADMIN)
    UnitPage list(Actor actor, @RequestParam(required = false) String division,
                  @RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        MyBatisDepartments.UnitPage result = units.units(actor, division, keyword, paging.page(), paging.size());
        return new UnitPage(result.items().stream().map(UnitItem::of).toList(), result.total(), result.page(),
                result.size());
    }

    @GetMapping("/api/admin/units/{code}")
    @Allowed(Role.ADMIN)
    UnitItem unit(Actor actor, @PathVariable String code) {
        return UnitItem.of(units.unit(actor, code));
    }

    @PostMapping("/api/admin/units")
    @Allowed(Role.ADMIN)
    ResponseEntity<UnitItem> create(Actor actor, @RequestBody NewUnit body) {
        Unit unit = units.create(actor, body.code(), body.name(), body.divisionCode());
        return ResponseEntity.created(URI.create("/api/admin/units/" + unit.code())).body(UnitItem.of(unit));
    }

    @PutMapping("/api/admin/units/{code}")
    @Allowed(Role.ADMIN)
    UnitItem rename(Actor actor, @PathVariable String code, @RequestBody Rename body) {
        return UnitItem.of(units.rename(actor, code, body.name()));
    }

    /** Merges the unit into {@code into}: its apps, users and open cases go there; it stays, marked merged. */
    @PostMapping("/api/admin/units/{code}/merge")
    @Allowed(Role.ADMIN)
    MergeResult merge(Actor actor, @PathVariable String code, @RequestBody Merge body) {
        UnitMergeWorkflow.Outcome o = units.merge(actor, code, body.into());
        return new MergeResult(UnitItem.of(o.merged()), UnitItem.of(o.into()), o.apps(), o.users(), o.tasks(),
                o.records());
    }

    record NewUnit(String code, String name, String divisionCode) {
    }

    record Rename(String name) {
    }

    record Merge(String into) {
    }

    record MergeResult(UnitItem merged, UnitItem into, int apps, int users, int tasks, int records) {
    }

    record UnitPage(List<UnitItem> items, long total, int page, int size) {
    }

    record UnitItem(String code, String name, String divisionCode, String divisionName, String level,
                    String mergedInto) {
        static UnitItem of(Unit u) {
            return new UnitItem(u.code(), u.name(), u.division().code(), u.division().name(), u.level().name(),
                    u.mergedInto());
        }
    }

    record DivisionItem(String code, String name, String level, String levelLabel, String parentCode, String path,
                        int depth) {
        static DivisionItem of(Division d) {
            return new DivisionItem(d.code(), d.name(), d.level().name(), d.level().label(), d.parentCode(), d.path(),
                    UnitApiController.depth(d));
        }
    }

    /** 0 for a province, 1 for a city, …: the codes on the path above it. */
    static int depth(Division d) {
        return (int) d.path().chars().filter(c -> c == '/').count() - 2;
    }
}
