package org.fingertip.registry.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.fingertip.registry.notice.Notice;
import org.fingertip.registry.notice.NoticePage;
import org.fingertip.registry.notice.Notices;

/** The notices in memory; like the database it keeps one notice per event and recipient. */
public final class InMemoryNotices implements Notices {
    private final Map<Long, Notice> rows = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized Notice postOnce(Notice notice) {
        Optional<Notice> posted = rows.values().stream().filter(n -> n.sameEventAs(notice)).findFirst();
        if (posted.isPresent()) {
            return posted.get();
        }
        long id = ++lastId;
        Notice stored = new Notice(id, notice.recipient(), notice.kind(), notice.subjectType(), notice.subjectId(),
                notice.appId(), notice.text(), notice.createdAt(), notice.readAt(), notice.readBy());
        rows.put(id, stored);
        return stored;
    }

    @Override
    public synchronized Optional<Notice> sameEvent(Notice notice) {
        return rows.values().stream().filter(n -> n.sameEventAs(notice)).findFirst();
    }

    @Override
    public synchronized Optional<Notice> byId(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized NoticePage forRecipients(Collection<String> recipients, boolean unreadOnly, int page,
                                                 int size) {
        List<Notice> theirs = rows.values().stream().filter(n -> recipients.contains(n.recipient()))
                .sorted(Comparator.comparing(Notice::createdAt).thenComparing(Notice::id).reversed())
                .toList();
        List<Notice> listed = theirs.stream().filter(n -> !unreadOnly || !n.isRead()).toList();
        long unread = theirs.stream().filter(n -> !n.isRead()).count();
        return new NoticePage(listed.stream().skip((long) page * size).limit(size).toList(), listed.size(), unread,
                page, size);
    }

    @Override
    public synchronized void markRead(long id, String by, Instant at) {
        Notice n = rows.get(id);
        if (n != null) {
            rows.put(id, n.readBy(by, at));
        }
    }

    /** Every notice, oldest first (for assertions). */
    public synchronized List<Notice> all() {
        return List.copyOf(rows.values());
    }
}
