package org.fingertip.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Set;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
    private static final Actor ADMIN = Actors.admin("admin", Hubei.PROVINCE);

    @Test
    void anApplicantOfAUnitInUseWithAGoodPasswordIsAccepted() {
        assertThatNoException().isThrownBy(() -> AccountRules.checkNew(ADMIN, "zhang.san", false, "张三",
                "420100-007", Hubei.WUHAN_UNIT, "", null, Set.of(Role.APPLICANT), "zhang@example.gov.cn",
                "Welcome#2026"));
    }

    @Test
    void everyFieldErrorIsListedAtOnce() {
        assertThatThrownBy(() -> AccountRules.checkNew(ADMIN, "x", false, " ", "", null, "999999", null, Set.of(),
                "not-an-address", "short"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("username", "displayName", "roles", "jurisdictionCode", "email", "password",
                                "password"));
    }

    @Test
    void applicantsNeedAUnitAndReviewersAJurisdiction() {
        assertThatThrownBy(() -> AccountRules.checkNew(ADMIN, "li.si", false, "李四", null, null, null, null,
                Set.of(Role.APPLICANT, Role.REVIEWER), null, "Welcome#2026"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::message)
                        .containsExactly("申报人和基层观察员须属于一个单位", "审核员和督查员须有管辖区划"));
    }

    @Test
    void aTakenUsernameIsRefused() {
        assertThatThrownBy(() -> AccountRules.checkNew(ADMIN, "admin", true, "重名", null, null, "420000",
                Hubei.PROVINCE, Set.of(Role.ADMIN), null, "Welcome#2026"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::message)
                        .containsExactly("用户名 admin 已被使用"));
    }

    @Test
    void noUserIsCreatedInOrMovedToAMergedUnit() {
        Unit merged = Hubei.WUHAN_OTHER_UNIT.mergeInto(Hubei.WUHAN_UNIT);
        assertThatThrownBy(() -> AccountRules.checkNew(ADMIN, "wang.wu", false, "王五", merged.code(), merged, null,
                null, Set.of(Role.APPLICANT), null, "Welcome#2026"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已并入 420100-007");
        assertThatThrownBy(() -> AccountRules.checkMove(ADMIN, "wang.wu", "420100-007", merged))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aUserIsNotMovedToTheUnitItIsIn() {
        assertThatThrownBy(() -> AccountRules.checkMove(ADMIN, "wang.wu", "420100-007", Hubei.WUHAN_UNIT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已在");
    }

    @Test
    void anAdministratorNeverDisablesItselfAndOthersNeverDisableAnyone() {
        assertThatThrownBy(() -> AccountRules.checkDisable(ADMIN, "admin"))
                .isInstanceOf(RuleViolationException.class).hasMessage("不能停用自己的账号");
        assertThatNoException().isThrownBy(() -> AccountRules.checkDisable(ADMIN, "wang.wu"));
        assertThatThrownBy(() -> AccountRules.checkDisable(Actors.supervisor("s", Hubei.PROVINCE), "wang.wu"))
                .isInstanceOf(ForbiddenException.class);
    }
}
