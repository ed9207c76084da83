package org.fingertip.web.exit;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.exit.ExitFigures;
import org.fingertip.registry.exit.ExitPage;
import org.fingertip.registry.exit.ExitService;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.security.PublicEndpoint;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exits of a jurisdiction, the figures of clearance, and the public notices (公告, no login). */
@RestController
class ExitListController {
    private final ExitService exits;
    private final Departments departments;

    ExitListController(ExitService exits, Departments departments) {
        this.exits = exits;
        this.departments = departments;
    }

    /**
     * Exits within the caller's jurisdiction, newest first; {@code overdue=true} keeps directed ones past deadline,
     * {@code open=true} those in progress (not yet EXITED).
     */
    @GetMapping("/api/exits")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ExitPage list(Actor actor, @RequestParam(required = false) ExitState state,
                  @RequestParam(required = false) String department, @RequestParam(required = false) Boolean overdue,
                  @RequestParam(required = false) Boolean open,
                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return exits.search(actor, state, department(department), Boolean.TRUE.equals(overdue),
                Boolean.TRUE.equals(open), paging.page(), paging.size());
    }

    /** The department filter of the list and its export: a division or unit code, or null for none. */
    static String department(String department) {
        if (department != null && department.length() > 30) {
            throw new InvalidInputException("部门编码过长", List.of(new FieldError("department", "请填写区划代码或单位编码")));
        }
        return department == null || department.isBlank() ? null : department.strip();
    }

    /** Examined, integrated, closed, kept and exiting apps, and the reduction rate, for the jurisdiction or a division. */
    @GetMapping("/api/exits/figures")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    FiguresJson figures(Actor actor, @RequestParam(required = false) String department) {
        Division within = null;
        if (department != null && !department.isBlank()) {
            String code = department.strip();
            if (!code.matches("\\d{6,12}")) {
                throw new InvalidInputException("区划代码有误",
                        List.of(new FieldError("department", "区划代码应为 6 至 12 位数字，例如 420100")));
            }
            within = departments.division(code).orElseThrow(() -> new NotFoundException("您的辖区内没有该区划"));
        }
        Division scope = within == null ? actor.jurisdiction() : within;
        ExitFigures f = exits.figures(actor, within);
        List<Row> byDivision = departments.divisionsWithin(scope.code()).stream()
                .filter(d -> scope.code().equals(d.parentCode()))
                .sorted(java.util.Comparator.comparing(Division::code))
                .map(d -> Row.of(d, exits.figures(actor, d))).toList();
        return new FiguresJson(Row.of(scope, f), byDivision);
    }

    /** The published notices of apps going offline or gone (公告), newest first. */
    @GetMapping("/api/public/notices")
    @PublicEndpoint
    @Transactional(readOnly = true)
    PublicNotices notices(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        ExitPage p = exits.publicNotices(q, paging.page(), paging.size());
        return new PublicNotices(p.items().stream().map(PublicNotice::of).toList(), p.total(), p.page(), p.size());
    }

    /** The figures of the scope, and of each division directly below it (a province's cities, a city's districts). */
    record FiguresJson(Row overall, List<Row> byDivision) {
    }

    record Row(String departmentCode, String departmentName, long examined, long integrated, long closed, long kept,
               long exiting, long cut, double reductionRatePercent) {
        static Row of(Division d, ExitFigures f) {
            return new Row(d.code(), d.name(), f.examined(), f.integrated(), f.closed(), f.kept(), f.exiting(), f.cut(),
                    f.reductionRate().doubleValue());
        }
    }

    /** One public notice: what the public may know, nothing internal. */
    record PublicNotice(String appName, String filingNumber, String ownerUnitName, String reason, String replacement,
                        String userNotice, java.time.LocalDate offlineDate, java.time.Instant publishedAt,
                        String state) {
        static PublicNotice of(ExitPage.Row r) {
            return new PublicNotice(r.appName(), r.filingNumber(), r.ownerUnitName(),
                    r.reason() == null ? null : r.reason().label(), r.replacement(), r.userNotice(), r.offlineDate(),
                    r.noticePublishedAt(), NoticeStanding.of(r.state()).label());
        }
    }

    record PublicNotices(List<PublicNotice> items, long total, int page, int size) {
    }
}
