package org.fingertip.db.work;

import java.time.Instant;

import org.fingertip.registry.task.CaseComment;

/** A comment as inserted, to receive its generated id. */
class CommentRow {
    Long id;
    long appId;
    String author;
    String body;
    Instant at;

    static CommentRow of(CaseComment c) {
        CommentRow r = new CommentRow();
        r.appId = c.appId();
        r.author = c.author();
        r.body = c.body();
        r.at = c.at();
        return r;
    }
}
