package org.fingertip.registry.admin;

import java.util.List;

/** Port: the record of administrative changes, only ever added to. */
public interface AdminChanges {

    /** Appends the change in the caller's transaction: a change rolled back leaves no record, and the other way. */
    AdminChange add(AdminChange change);

    /** A page of the record, newest first, optionally of one kind of object (and one object). */
    Page page(Query query);

    /** Which changes: of one kind of object, of one object, or all (nulls). */
    record Query(AdminObject kind, String key, int page, int size) {
        public Query {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("page " + page + ", size " + size);
            }
        }

        public int offset() {
            return page * size;
        }
    }

    record Page(List<AdminChange> items, long total, int page, int size) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
