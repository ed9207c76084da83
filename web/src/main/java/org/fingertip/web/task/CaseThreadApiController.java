package org.fingertip.web.task;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.task.CaseComment;
import org.fingertip.registry.task.CommentService;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.task.CaseHistory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The comment thread of a case and its full history (transitions, decisions, task actions, reminders, comments). */
@RestController
@RequestMapping("/api/apps/{id}")
class CaseThreadApiController {
    private final CommentService comments;
    private final CaseHistory history;

    CaseThreadApiController(CommentService comments, CaseHistory history) {
        this.comments = comments;
        this.history = history;
    }

    /** The case's comments, oldest first; whoever may see the app reads them. */
    @GetMapping("/comments")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<CaseComment> comments(Actor actor, @PathVariable long id) {
        return comments.list(actor, id);
    }

    /** Adds a comment (1 to 2000 characters); comments are part of the record and never changed. */
    @PostMapping("/comments")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN})
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    CaseComment comment(Actor actor, @PathVariable long id, @RequestBody CommentRequest body) {
        return comments.add(actor, id, body.body());
    }

    /** The full history of the case, oldest first. */
    @GetMapping("/timeline")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    List<CaseHistory.Entry> timeline(Actor actor, @PathVariable long id) {
        return history.of(actor, id);
    }

    /** A comment's text. */
    record CommentRequest(String body) {
    }
}
