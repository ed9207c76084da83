package org.fingertip.web.admin;

import java.net.URI;
import java.util.List;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.db.user.UserSearch;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users: {@code GET|POST /api/admin/users}, {@code GET /api/admin/users/{username}}, and on one user
 * {@code disable}, {@code enable}, {@code password-reset}, {@code move} and {@code handover}.
 */
@RestController
class UserApiController {
    private final UserAdministration users;

    UserApiController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/api/admin/users")
    @Allowed(Role.ADMIN)
    UserPage list(Actor actor, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) Role role, @RequestParam(required = false) String keyword,
                  @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        UserAccounts.Page result = users.search(actor, new UserSearch(unit, role == null ? null : role.name(),
                enabled, keyword, paging.page(), paging.size()));
        return new UserPage(result.items().stream().map(UserItem::of).toList(), result.total(), result.page(),
                result.size());
    }

    @GetMapping("/api/admin/users/{username}")
    @Allowed(Role.ADMIN)
    UserItem user(Actor actor, @PathVariable String username) {
        return UserItem.of(users.user(actor, username));
    }

    @PostMapping("/api/admin/users")
    @Allowed(Role.ADMIN)
    ResponseEntity<UserItem> create(Actor actor, @RequestBody NewUserRequest body) {
        UserAccount account = users.create(actor, new UserAdministration.NewUser(body.username(), body.displayName(),
                body.unitCode(), body.jurisdictionCode(), UserAdministration.roles(body.roles()), body.email(),
                body.password()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username())).body(UserItem.of(account));
    }

    @PostMapping("/api/admin/users/{username}/disable")
    @Allowed(Role.ADMIN)
    UserItem disable(Actor actor, @PathVariable String username) {
        return UserItem.of(users.disable(actor, username));
    }

    @PostMapping("/api/admin/users/{username}/enable")
    @Allowed(Role.ADMIN)
    UserItem enable(Actor actor, @PathVariable String username) {
        return UserItem.of(users.enable(actor, username));
    }

    /** A temporary password (the one given, or one generated), to be changed at the next login. */
    @PostMapping("/api/admin/users/{username}/password-reset")
    @Allowed(Role.ADMIN)
    Reset resetPassword(Actor actor, @PathVariable String username, @RequestBody ResetRequest body) {
        String temporary = users.resetPassword(actor, username, body.password());
        return new Reset(username, temporary, true);
    }

    @PostMapping("/api/admin/users/{username}/move")
    @Allowed(Role.ADMIN)
    UserItem move(Actor actor, @PathVariable String username, @RequestBody MoveRequest body) {
        return UserItem.of(users.move(actor, username, body.unitCode()));
    }

    /** Every open task the user holds goes to {@code to}; all or none. */
    @PostMapping("/api/admin/users/{username}/handover")
    @Allowed(Role.ADMIN)
    Handover handOver(Actor actor, @PathVariable String username, @RequestBody HandoverRequest body) {
        List<WorkItem> handed = users.handOver(actor, username, body.to());
        return new Handover(username, body.to().strip(), handed.stream()
                .map(w -> new HandedTask(w.taskId(), w.name(), w.appId(), w.assignee())).toList());
    }

    record NewUserRequest(String username, String displayName, String unitCode, String jurisdictionCode,
                          List<String> roles, String email, String password) {
    }

    record ResetRequest(String password) {
    }

    record MoveRequest(String unitCode) {
    }

    record HandoverRequest(String to) {
    }

    record Reset(String username, String temporaryPassword, boolean mustChangePassword) {
    }

    record Handover(String from, String to, List<HandedTask> tasks) {
    }

    record HandedTask(String id, String name, Long appId, String assignee) {
    }

    record UserPage(List<UserItem> items, long total, int page, int size) {
    }

    record UserItem(String username, String displayName, String unitCode, String jurisdictionCode,
                    List<String> roles, String email, boolean enabled, boolean mustChangePassword) {
        static UserItem of(UserAccount a) {
            return new UserItem(a.username(), a.displayName(), a.unitCode(), a.jurisdictionCode(),
                    a.roles().stream().sorted().toList(), a.email(), a.enabled(), a.mustChangePassword());
        }
    }
}
