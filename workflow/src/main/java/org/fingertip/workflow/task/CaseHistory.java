package org.fingertip.workflow.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.StatusChange;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.filing.Review;
import org.fingertip.registry.filing.Reviews;
import org.fingertip.registry.task.CaseComment;
import org.fingertip.registry.task.CaseComments;
import org.fingertip.registry.task.Reminder;
import org.fingertip.registry.task.Reminders;
import org.fingertip.registry.task.TaskEvent;
import org.fingertip.registry.task.TaskEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full history of a case, oldest first, as one list: the app's status transitions, the review decisions with
 * their gaps, what was done to each task (created, claimed, transferred, delegated, completed with its outcome,
 * escalated), the reminders sent, and the comments. Whoever may see the app reads it.
 */
@Service
@Transactional(readOnly = true)
public class CaseHistory {
    private final FilingService filings;
    private final Apps apps;
    private final Reviews reviews;
    private final TaskEvents events;
    private final Reminders reminders;
    private final CaseComments comments;

    public CaseHistory(FilingService filings, Apps apps, Reviews reviews, TaskEvents events, Reminders reminders,
                       CaseComments comments) {
        this.filings = filings;
        this.apps = apps;
        this.reviews = reviews;
        this.events = events;
        this.reminders = reminders;
        this.comments = comments;
    }

    /** What kind of entry: a transition of the app, a decision, an action on a task, a reminder, a comment. */
    public enum Kind {
        TRANSITION, DECISION, TASK, REMINDER, COMMENT
    }

    /**
     * One entry. {@code what} names it (the new status, the decision, the task action, the reminder's kind);
     * {@code detail} says more (the reason, the gaps, the outcome, the note, the comment's text).
     */
    public record Entry(Instant at, Kind kind, String actor, String what, String detail, String taskId) {
    }

    public List<Entry> of(Actor actor, long appId) {
        filings.visible(actor, appId);
        List<Entry> entries = new ArrayList<>();
        for (StatusChange c : apps.history(appId)) {
            entries.add(new Entry(c.at(), Kind.TRANSITION, c.actor(),
                    // a move without a new status (the owner unit merged) names the status it kept
                    (c.from() == null || c.from() == c.to() ? "" : c.from().label() + " → ") + c.to().label(),
                    c.reason(), null));
        }
        for (Review r : reviews.ofApp(appId)) {
            StringBuilder detail = new StringBuilder(r.comment() == null ? "" : r.comment());
            r.gaps().forEach(g -> detail.append(detail.isEmpty() ? "" : "；").append(g.section().label()).append("：")
                    .append(g.message()));
            entries.add(new Entry(r.at(), Kind.DECISION, r.reviewer(),
                    r.step().label() + "：" + r.decision().label(), detail.toString(), null));
        }
        for (TaskEvent e : events.eventsOfApp(appId)) {
            String what = (e.taskName() == null ? "" : "“" + e.taskName() + "” ") + e.kind().label();
            String detail = e.target() == null ? e.note()
                    : "→ " + e.target() + (e.note() == null ? "" : "；" + e.note());
            entries.add(new Entry(e.at(), Kind.TASK, e.actor(), what, detail, e.taskId()));
        }
        for (Reminder r : reminders.remindersOfApp(appId)) {
            entries.add(new Entry(r.at(), Kind.REMINDER, r.by(), r.kind().label() + " → " + r.recipient(), r.note(),
                    r.taskId()));
        }
        for (CaseComment c : comments.commentsOf(appId)) {
            entries.add(new Entry(c.at(), Kind.COMMENT, c.author(), "意见", c.body(), null));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }
}
