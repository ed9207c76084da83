package org.fingertip.web.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fingertip.db.user.UserAccount;
import org.fingertip.db.user.UserAccounts;
import org.fingertip.db.user.UserSearch;
import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.admin.AccountRules;
import org.fingertip.registry.admin.AdminAction;
import org.fingertip.registry.admin.AdminLog;
import org.fingertip.registry.admin.AdminObject;
import org.fingertip.registry.admin.AdminRules;
import org.fingertip.registry.admin.PasswordRules;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.NotFoundException;
import org.fingertip.registry.task.WorkItem;
import org.fingertip.workflow.admin.TaskHandover;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users as an administrator keeps them, for the API and the pages alike: create (the initial password must be changed
 * at the first login), disable and enable, reset the password (a temporary one, to be changed at the next login),
 * move to another unit, hand a leaver's open tasks to someone else; and a user changing its own password. Every
 * change recorded; the rules are the core's ({@link AccountRules}, {@link PasswordRules}).
 */
@Service
@Transactional
public class UserAdministration {
    private final UserAccounts accounts;
    private final Departments departments;
    private final PasswordEncoder encoder;
    private final TaskHandover handover;
    private final AdminLog log;

    public UserAdministration(UserAccounts accounts, Departments departments, PasswordEncoder encoder,
                              TaskHandover handover, AdminLog log) {
        this.accounts = accounts;
        this.departments = departments;
        this.encoder = encoder;
        this.handover = handover;
        this.log = log;
    }

    /** What an administrator asks for a new account. */
    public record NewUser(String username, String displayName, String unitCode, String jurisdictionCode,
                          Set<Role> roles, String email, String password) {
    }

    @Transactional(readOnly = true)
    public UserAccounts.Page search(Actor actor, UserSearch query) {
        AdminRules.requireAdmin(actor, "管理用户");
        return accounts.search(query);
    }

    @Transactional(readOnly = true)
    public UserAccount user(Actor actor, String username) {
        AdminRules.requireAdmin(actor, "管理用户");
        return find(username);
    }

    public UserAccount create(Actor actor, NewUser n) {
        String username = n.username() == null ? null : n.username().strip();
        Unit unit = blank(n.unitCode()) ? null : departments.unit(n.unitCode().strip()).orElse(null);
        Division jurisdiction = blank(n.jurisdictionCode()) ? null
                : departments.division(n.jurisdictionCode().strip()).orElse(null);
        boolean taken = !blank(username) && accounts.find(username).isPresent();
        Set<Role> roles = n.roles() == null ? Set.of() : n.roles();
        AccountRules.checkNew(actor, username, taken, n.displayName(), n.unitCode(), unit, n.jurisdictionCode(),
                jurisdiction, roles, n.email(), n.password());
        // an applicant or observer oversees its unit's division unless told otherwise
        String jurisdictionCode = jurisdiction != null ? jurisdiction.code()
                : unit != null ? unit.division().code() : null;
        Set<String> roleNames = new TreeSet<>();
        roles.forEach(r -> roleNames.add(r.name()));
        UserAccount account = new UserAccount(username, encoder.encode(n.password()), n.displayName().strip(),
                unit == null ? null : unit.code(), jurisdictionCode, true, roleNames,
                blank(n.email()) ? null : n.email().strip(), true);
        accounts.save(account);
        log.record(actor, AdminAction.USER_CREATE, AdminObject.USER, username, "新建用户“" + account.displayName()
                + "”，角色 " + String.join("、", roles.stream().map(Role::label).sorted().toList())
                + (unit == null ? "" : "，单位 " + unit.name() + "（" + unit.code() + "）")
                + (jurisdictionCode == null ? "" : "，管辖区划 " + jurisdictionCode) + "；首次登录须修改密码");
        return account;
    }

    public UserAccount disable(Actor actor, String username) {
        AccountRules.checkDisable(actor, username);
        UserAccount account = find(username);
        if (!account.enabled()) {
            return account;
        }
        UserAccount after = account.withEnabled(false);
        accounts.save(after);
        log.record(actor, AdminAction.USER_DISABLE, AdminObject.USER, username, "停用账号；其未办结的待办可移交他人");
        return after;
    }

    public UserAccount enable(Actor actor, String username) {
        AdminRules.requireAdmin(actor, "启用用户");
        UserAccount account = find(username);
        if (account.enabled()) {
            return account;
        }
        if (account.unitCode() != null) {
            departments.unit(account.unitCode()).ifPresent(u -> org.fingertip.registry.admin.UnitRules
                    .requireInUse(u, "unitCode"));
        }
        UserAccount after = account.withEnabled(true);
        accounts.save(after);
        log.record(actor, AdminAction.USER_ENABLE, AdminObject.USER, username, "启用账号");
        return after;
    }

    /**
     * Sets a temporary password ({@code password}, or one generated when blank) that must be changed at the next
     * login; answers it, for the administrator to hand over.
     */
    public String resetPassword(Actor actor, String username, String password) {
        AdminRules.requireAdmin(actor, "重置密码");
        UserAccount account = find(username);
        String temporary = blank(password) ? PasswordRules.temporary(username) : password;
        PasswordRules.check("password", username, temporary);
        accounts.save(account.withPassword(encoder.encode(temporary), true));
        log.record(actor, AdminAction.USER_RESET_PASSWORD, AdminObject.USER, username,
                "重置密码（" + (blank(password) ? "系统生成" : "管理员指定") + "的临时密码），下次登录须修改");
        return temporary;
    }

    public UserAccount move(Actor actor, String username, String unitCode) {
        AdminRules.requireAdmin(actor, "调整用户的单位");
        UserAccount account = find(username);
        if (blank(unitCode)) {
            throw new InvalidInputException("请填写单位编码", List.of(new FieldError("unitCode", "请填写要调入的单位编码")));
        }
        Unit to = departments.unit(unitCode.strip()).orElseThrow(() -> new InvalidInputException("单位不存在",
                List.of(new FieldError("unitCode", "没有编码为 " + unitCode.strip() + " 的单位"))));
        AccountRules.checkMove(actor, username, account.unitCode(), to);
        // an account that oversaw its unit's own division oversees the new unit's
        String jurisdiction = account.jurisdictionCode();
        Unit from = account.unitCode() == null ? null : departments.unit(account.unitCode()).orElse(null);
        if (from != null && from.division().code().equals(jurisdiction)) {
            jurisdiction = to.division().code();
        }
        UserAccount after = account.withUnit(to.code(), jurisdiction);
        accounts.save(after);
        log.record(actor, AdminAction.USER_MOVE, AdminObject.USER, username, "单位由 "
                + (account.unitCode() == null ? "无" : account.unitCode()) + " 调整为 " + to.name() + "（" + to.code()
                + "）" + (java.util.Objects.equals(jurisdiction, account.jurisdictionCode()) ? ""
                : "，管辖区划改为 " + jurisdiction));
        return after;
    }

    /** Every open task the user holds goes to {@code to}, by the transfer's rules; all or none. */
    public List<WorkItem> handOver(Actor actor, String username, String to) {
        AdminRules.requireAdmin(actor, "移交待办任务");
        find(username);
        return handover.handOver(actor, username, to);
    }

    /** A user changes its own password: the current one, then a new one of the rules, never the same. */
    public void changeOwnPassword(Actor actor, String current, String newPassword) {
        UserAccount account = find(actor.username());
        if (blank(current) || !encoder.matches(current, account.passwordHash())) {
            throw new InvalidInputException("当前密码不正确", List.of(new FieldError("currentPassword", "当前密码不正确")));
        }
        PasswordRules.check("newPassword", actor.username(), newPassword);
        if (newPassword.equals(current)) {
            throw new InvalidInputException("新密码不能与当前密码相同",
                    List.of(new FieldError("newPassword", "新密码不能与当前密码相同")));
        }
        accounts.save(account.withPassword(encoder.encode(newPassword), false));
        log.record(actor, AdminAction.USER_PASSWORD_CHANGED, AdminObject.USER, actor.username(),
                account.mustChangePassword() ? "用户修改了临时密码" : "用户修改了密码");
    }

    /** The roles of the names a request gave, refusing an unknown one beside {@code roles}. */
    public static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String n : names) {
            try {
                roles.add(Role.valueOf(n == null ? "" : n.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("角色有误", List.of(new FieldError("roles",
                        "“" + n + "”不是角色；可选：APPLICANT、REVIEWER、SUPERVISOR、OBSERVER、ADMIN")));
            }
        }
        return roles;
    }

    private UserAccount find(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("未找到用户 " + username));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
