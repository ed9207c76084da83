package org.fingertip.registry.task;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.filing.FilingService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/**
 * The comment thread of a case: whoever may see the app reads it and may add to it (which roles may write is the
 * API's rule). Comments are never edited or deleted: they are part of the case's record.
 */
public final class CommentService {
    private final CaseComments comments;
    private final FilingService filings;
    private final Clock clock;

    public CommentService(CaseComments comments, FilingService filings, Clock clock) {
        this.comments = comments;
        this.filings = filings;
        this.clock = clock;
    }

    public List<CaseComment> list(Actor actor, long appId) {
        filings.visible(actor, appId);
        return comments.commentsOf(appId);
    }

    public CaseComment add(Actor actor, long appId, String body) {
        List<FieldError> errors = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("body", "请填写意见内容"));
        } else if (text.length() > CaseComment.MAX_LENGTH) {
            errors.add(new FieldError("body", "不能超过 " + CaseComment.MAX_LENGTH + " 个字符"));
        }
        filings.visible(actor, appId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("意见有误", errors);
        }
        return comments.add(new CaseComment(null, appId, actor.username(), text, clock.instant()));
    }
}
