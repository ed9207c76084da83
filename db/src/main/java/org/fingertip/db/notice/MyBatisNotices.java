package org.fingertip.db.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticePage;
import org.fingertip.registry.notice.Notices;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Notices on MyBatis; the unique key on event and recipient keeps a second posting out, even a concurrent one. */
@Repository
public class MyBatisNotices implements Notices {
    private final NoticeMapper mapper;

    public MyBatisNotices(NoticeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Notice postOnce(Notice notice) {
        Notice posted = mapper.byEvent(notice);
        if (posted != null) {
            return posted;
        }
        NoticeRow row = NoticeRow.of(notice);
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            // posted meanwhile by another transaction, which has committed
            return Optional.ofNullable(mapper.byEvent(notice)).orElseThrow(() -> e);
        }
        return new Notice(row.id, notice.recipient(), notice.kind(), notice.subjectType(), notice.subjectId(),
                notice.appId(), notice.text(), notice.createdAt(), null, null);
    }

    @Override
    public Optional<Notice> sameEvent(Notice notice) {
        return Optional.ofNullable(mapper.byEvent(notice));
    }

    @Override
    public Optional<Notice> byId(long id) {
        return Optional.ofNullable(mapper.byId(id));
    }

    @Override
    public NoticePage forRecipients(Collection<String> recipients, boolean unreadOnly, int page, int size) {
        if (recipients.isEmpty()) {
            return new NoticePage(List.of(), 0, 0, page, size);
        }
        List<Notice> items = mapper.page(recipients, unreadOnly, size, (long) page * size);
        long total = mapper.count(recipients, unreadOnly);
        long unread = unreadOnly ? total : mapper.count(recipients, true);
        return new NoticePage(items, total, unread, page, size);
    }

    @Override
    public void markRead(long id, String by, Instant at) {
        mapper.markRead(id, by, at);
    }
}
