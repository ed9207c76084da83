package org.fingertip.web.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One figure and its drill-down: {@code count} is the {@code total} of the list at {@code api} (JSON) and
 * {@code page} (the same list as a page), whose filters select exactly the rows counted.
 */
public record Figure(String key, String label, long count, String api, String page) {

    /** The filters of a list, in order; null values are left out. */
    public static final class Filters {
        private final Map<String, Object> params = new LinkedHashMap<>();

        public static Filters of(String department) {
            return new Filters().with("department", department);
        }

        public Filters with(String name, Object value) {
            if (value != null) {
                params.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
            }
            return this;
        }

        String query(String path) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            params.forEach(b::queryParam);
            return b.encode().build().toUriString();
        }
    }

    /** The lists figures drill down to: the API path and the page path of each. */
    public enum Lists {
        APPS("/api/apps", "/apps"),
        LEDGER("/api/ledger", "/ledger"),
        EXITS("/api/exits", "/exits"),
        BACKLOG("/api/backlog", "/backlog"),
        OVERDUE_TASKS("/api/tasks/overdue", "/tasks/overdue"),
        EVALUATIONS("/api/evaluations", "/evaluations");

        private final String api;
        private final String page;

        Lists(String api, String page) {
            this.api = api;
            this.page = page;
        }

        public Figure figure(String key, String label, long count, Filters filters) {
            return new Figure(key, label, count, filters.query(api), filters.query(page));
        }
    }
}
