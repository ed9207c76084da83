package org.fingertip.web.admin;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.AdminChange;
import org.fingertip.registry.admin.AdminChanges;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/changes}: the record of administrative changes, newest first, paged. */
@RestController
class AdminChangesApiController {
    private final AdminLog log;

    AdminChangesApiController(AdminLog log) {
        this.log = log;
    }

    @GetMapping("/api/admin/changes")
    @Allowed(Role.ADMIN)
    @Transactional(readOnly = true)
    ChangePage changes(Actor actor, @RequestParam(required = false) AdminObject kind,
                       @RequestParam(required = false) String key, @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        AdminChanges.Page result = log.page(actor, kind, key, paging.page(), paging.size());
        return new ChangePage(result.items().stream().map(ChangeItem::of).toList(), result.total(), result.page(),
                result.size());
    }

    record ChangePage(List<ChangeItem> items, long total, int page, int size) {
    }

    record ChangeItem(long id, Instant at, String actor, String action, String actionLabel, String objectKind,
                      String objectKey, String detail) {
        static ChangeItem of(AdminChange c) {
            return new ChangeItem(c.id(), c.at(), c.actor(), c.action().name(), c.action().label(),
                    c.objectKind().name(), c.objectKey(), c.detail());
        }
    }
}
