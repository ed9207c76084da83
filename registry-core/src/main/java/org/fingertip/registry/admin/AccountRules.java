package org.fingertip.registry.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;

/**
 * The rules of accounts an administrator keeps: a username of letters, digits, dots, hyphens and underscores; a
 * display name; at least one role; a unit for applicants and observers, a jurisdiction for reviewers and supervisors;
 * never a merged unit; a password of {@link PasswordRules}; an administrator never disables itself.
 */
public final class AccountRules {
    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountRules() {
    }

    /**
     * A new account as asked. {@code unit} and {@code jurisdiction} are what the given codes name (null when blank
     * or unknown: an unknown code is reported), {@code taken} whether the username exists. 400 with every field
     * error; 422 for a merged unit.
     */
    public static void checkNew(Actor actor, String username, boolean taken, String displayName, String unitCode,
                                Unit unit, String jurisdictionCode, Division jurisdiction, Set<Role> roles,
                                String email, String password) {
        AdminRules.requireAdmin(actor, "新建用户");
        List<FieldError> errors = new ArrayList<>();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", "请填写用户名"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "用户名为 3 至 " + USERNAME_MAX
                    + " 个字母、数字、点、连字符或下划线，以字母或数字开头"));
        } else if (taken) {
            errors.add(new FieldError("username", "用户名 " + username + " 已被使用"));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "请填写姓名"));
        } else if (displayName.strip().length() > DISPLAY_NAME_MAX) {
            errors.add(new FieldError("displayName", "姓名不能超过 " + DISPLAY_NAME_MAX + " 个字"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "请至少选择一个角色"));
        }
        boolean unitGiven = unitCode != null && !unitCode.isBlank();
        if (unitGiven && unit == null) {
            errors.add(new FieldError("unitCode", "没有编码为 " + unitCode.strip() + " 的单位"));
        }
        boolean jurisdictionGiven = jurisdictionCode != null && !jurisdictionCode.isBlank();
        if (jurisdictionGiven && jurisdiction == null) {
            errors.add(new FieldError("jurisdictionCode", "没有代码为 " + jurisdictionCode.strip() + " 的区划"));
        }
        if (roles != null && !unitGiven && (roles.contains(Role.APPLICANT) || roles.contains(Role.OBSERVER))) {
            errors.add(new FieldError("unitCode", "申报人和基层观察员须属于一个单位"));
        }
        if (roles != null && !jurisdictionGiven && !unitGiven
                && (roles.contains(Role.REVIEWER) || roles.contains(Role.SUPERVISOR))) {
            errors.add(new FieldError("jurisdictionCode", "审核员和督查员须有管辖区划"));
        }
        emailErrors(email, errors);
        errors.addAll(PasswordRules.errors("password", username, password));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("用户信息有 " + errors.size() + " 处需要修改", errors);
        }
        if (unit != null) {
            UnitRules.requireInUse(unit, "unitCode");
        }
    }

    /** Moving a user to another unit: a unit in use, not the one it is in. */
    public static void checkMove(Actor actor, String username, String currentUnitCode, Unit to) {
        AdminRules.requireAdmin(actor, "调整用户的单位");
        UnitRules.requireInUse(to, "unitCode");
        if (to.code().equals(currentUnitCode)) {
            throw new RuleViolationException("用户 " + username + " 已在“" + to.name() + "”",
                    List.of(new FieldError("unitCode", "用户已在该单位，请选择另一个单位")));
        }
    }

    /** Disabling: never one's own account (the last way in for an administrator). */
    public static void checkDisable(Actor actor, String username) {
        AdminRules.requireAdmin(actor, "停用用户");
        if (actor.username().equals(username)) {
            throw new RuleViolationException("不能停用自己的账号",
                    List.of(new FieldError("username", "不能停用自己的账号")));
        }
    }

    private static void emailErrors(String email, List<FieldError> errors) {
        if (email == null || email.isBlank()) {
            return;
        }
        String e = email.strip();
        if (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches()) {
            errors.add(new FieldError("email", "请填写有效的电子邮箱地址，例如 name@example.gov.cn"));
        }
    }
}
