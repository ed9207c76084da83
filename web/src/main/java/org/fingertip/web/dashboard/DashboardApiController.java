package org.fingertip.web.dashboard;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.dashboard.CompareOrder;
import org.fingertip.registry.dashboard.Dashboard;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.web.page.Display;
import org.fingertip.web.security.Allowed;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor's dashboard (督查看板) and the comparison of its cities or districts. Supervisors only: every figure
 * drills down to a list a supervisor may read (the backlog is theirs and the operators', the overdue work theirs and
 * the reviewers'), and governance figures are the supervisor's business.
 */
@RestController
class DashboardApiController {
    private final Dashboard dashboard;
    private final Display display;

    DashboardApiController(Dashboard dashboard, Display display) {
        this.dashboard = dashboard;
        this.display = display;
    }

    /**
     * The figures of the caller's jurisdiction, or of {@code department} (a division or unit code within it; 404
     * outside it, 400 malformed): apps by status, kind and level; clearance and the reduction rate; filings pending by
     * age; overdue tasks by department and step; burdens by category and month; the ledger; exits in progress; the
     * backlog by days left. Each figure carries {@code api} and {@code page}, the list whose {@code total} it is.
     */
    @GetMapping("/api/dashboard")
    @Allowed(Role.SUPERVISOR)
    @Transactional(readOnly = true)
    DashboardJson figures(Actor actor, @RequestParam(required = false) String department) {
        return DashboardJson.of(dashboard.figures(actor, department), display);
    }

    /**
     * The same figures per city ({@code level=CITY}) or district and county ({@code COUNTY}) within the caller's
     * jurisdiction or {@code department}, ranked by {@code sort} (default OVERDUE_TASKS; PENDING, LEDGER_OVERDUE,
     * BACKLOG, APPS, REDUCTION_RATE), largest first.
     */
    @GetMapping("/api/dashboard/compare")
    @Allowed(Role.SUPERVISOR)
    @Transactional(readOnly = true)
    CompareJson compare(Actor actor, @RequestParam(required = false) String department,
                        @RequestParam(required = false) DivisionLevel level,
                        @RequestParam(required = false) CompareOrder sort) {
        return CompareJson.of(dashboard.compare(actor, department, level, sort), display);
    }
}
