package org.fingertip.db.notice;

import java.time.Instant;

import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticeKind;
import org.fingertip.registry.notice.NoticeSubject;

/** A notice to insert; the generated id comes back in {@link #id}. */
class NoticeRow {
    Long id;
    String recipient;
    NoticeKind kind;
    NoticeSubject subjectType;
    long subjectId;
    Long appId;
    String body;
    Instant createdAt;

    static NoticeRow of(Notice n) {
        NoticeRow r = new NoticeRow();
        r.recipient = n.recipient();
        r.kind = n.kind();
        r.subjectType = n.subjectType();
        r.subjectId = n.subjectId();
        r.appId = n.appId();
        r.body = n.text();
        r.createdAt = n.createdAt();
        return r;
    }
}
