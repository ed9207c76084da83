package org.fingertip.web.page.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppFilters;
import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.AppSummary;
import org.fingertip.registry.evaluation.EvaluationService;
import org.fingertip.registry.evaluation.OwnReportPage;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.task.WorkView;
import org.fingertip.web.app.Paging;
import org.fingertip.web.page.inventory.InventoryHints;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.task.Inbox;
import org.fingertip.workflow.task.InboxFilter;
import org.fingertip.workflow.task.TaskPage;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 首页 of the two roles whose work is not a queue of reviews: the applicant sees its unit's apps by status (each count
 * the total of the app list it links to), the first open tasks of its inbox with their due dates, and the apps the
 * inventory found live but unfiled; the observer sees the apps it may rate, each one tap from the rating form, and
 * its own reports with what came of them. A user with both roles sees both sections.
 */
@Controller
class HomePageController {
    static final int TASKS = 10;
    static final int UNFILED = 10;
    /** Ten apps a page: on a phone the observer's own reports are then a short scroll away. */
    static final int RATEABLE_PAGE = 10;
    static final int REPORTS = 20;

    private final FilingService filing;
    private final Inbox inbox;
    private final EvaluationService evaluations;
    private final InventoryHints inventoryHints;

    HomePageController(FilingService filing, Inbox inbox, EvaluationService evaluations,
                       InventoryHints inventoryHints) {
        this.filing = filing;
        this.inbox = inbox;
        this.evaluations = evaluations;
        this.inventoryHints = inventoryHints;
    }

    /** A count of the unit's apps in one status, for a link to the list filtered by it. */
    record StatusCount(AppStatus status, long count) {
    }

    /** An app of the unit that is live but not filed: its filing form, its deadline and the days left to it. */
    record Unfiled(long id, String name, LocalDate deadline, long daysLeft) {
    }

    @GetMapping("/home")
    @Allowed({Role.APPLICANT, Role.OBSERVER})
    @Transactional(readOnly = true)
    String home(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                Model model) {
        boolean applicant = actor.has(Role.APPLICANT);
        boolean observer = actor.has(Role.OBSERVER);
        model.addAttribute("applicant", applicant);
        model.addAttribute("observer", observer);
        if (applicant) {
            applicantSection(actor, model);
        }
        if (observer) {
            observerSection(actor, q, page, model);
        }
        return "home/home";
    }

    private void applicantSection(Actor actor, Model model) {
        Map<AppStatus, Long> counts = filing.countByStatus(actor);
        List<StatusCount> nonEmpty = new ArrayList<>();
        counts.forEach((status, n) -> {
            if (n > 0) {
                nonEmpty.add(new StatusCount(status, n));
            }
        });
        model.addAttribute("statusCounts", nonEmpty);
        model.addAttribute("appsTotal", counts.values().stream().mapToLong(Long::longValue).sum());
        TaskPage tasks = inbox.page(actor, WorkView.TODO, InboxFilter.none(), 0, TASKS);
        model.addAttribute("tasks", tasks);
        AppPage unfiled = filing.search(actor, AppFilters.of(AppStatus.LIVE_UNFILED, null, null, null, null), 0,
                UNFILED);
        List<Unfiled> rows = new ArrayList<>();
        for (AppSummary a : unfiled.items()) {
            LocalDate deadline = inventoryHints.deadline(filing.visible(actor, a.id()));
            rows.add(new Unfiled(a.id(), a.name(), deadline,
                    deadline == null ? 0 : inventoryHints.daysLeft(deadline)));
        }
        model.addAttribute("unfiled", rows);
        model.addAttribute("unfiledTotal", unfiled.total());
    }

    private void observerSection(Actor actor, String q, Integer page, Model model) {
        Paging paging = Paging.of(page, RATEABLE_PAGE);
        String keyword = q == null || q.isBlank() ? null : q.strip();
        AppPage rateable = evaluations.rateable(actor, keyword, paging.page(), paging.size());
        model.addAttribute("rateable", rateable);
        model.addAttribute("q", keyword);
        model.addAttribute("pages", Math.max(1, (rateable.total() + RATEABLE_PAGE - 1) / RATEABLE_PAGE));
        OwnReportPage reports = evaluations.reportsOf(actor, 0, REPORTS);
        model.addAttribute("reports", reports);
    }
}
