package org.fingertip.registry.notice;

import java.util.List;

/** One page of an actor's notices, newest first, with how many of all its notices are unread. */
public record NoticePage(List<Notice> items, long total, long unread, int page, int size) {

    public NoticePage {
        items = List.copyOf(items);
    }
}
