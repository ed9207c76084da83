package org.fingertip.web.page.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.dashboard.CompareOrder;
import org.fingertip.registry.dashboard.Dashboard;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.web.dashboard.CompareJson;
import org.fingertip.web.dashboard.DashboardJson;
import org.fingertip.web.page.Display;
import org.fingertip.web.security.Allowed;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 督查看板 and 地区对比: the figures as tables (every figure a link to its list's page) and, for the charts, the same
 * JSON as the API in a data attribute that {@code /js/dashboard.js} draws with ECharts — no inline script.
 */
@Controller
class DashboardPageController {
    private final Dashboard dashboard;
    private final Display display;
    private final ObjectMapper json;

    DashboardPageController(Dashboard dashboard, Display display, ObjectMapper json) {
        this.dashboard = dashboard;
        this.display = display;
        this.json = json;
    }

    @GetMapping("/dashboard")
    @Allowed(Role.SUPERVISOR)
    @Transactional(readOnly = true)
    String dashboard(Actor actor, @RequestParam(required = false) String department, Model model)
            throws JsonProcessingException {
        DashboardJson d = DashboardJson.of(dashboard.figures(actor, department), display);
        model.addAttribute("d", d);
        model.addAttribute("figuresJson", json.writeValueAsString(d));
        model.addAttribute("department", department == null || department.isBlank() ? null : department.strip());
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/compare")
    @Allowed(Role.SUPERVISOR)
    @Transactional(readOnly = true)
    String compare(Actor actor, @RequestParam(required = false) String department,
                   @RequestParam(required = false) DivisionLevel level,
                   @RequestParam(required = false) CompareOrder sort, Model model) throws JsonProcessingException {
        CompareJson c = CompareJson.of(dashboard.compare(actor, department, level, sort), display);
        model.addAttribute("c", c);
        model.addAttribute("compareJson", json.writeValueAsString(c));
        model.addAttribute("department", department == null || department.isBlank() ? null : department.strip());
        model.addAttribute("levels", new DivisionLevel[] {DivisionLevel.CITY, DivisionLevel.COUNTY});
        return "dashboard/compare";
    }
}
