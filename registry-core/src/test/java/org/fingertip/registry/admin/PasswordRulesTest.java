package org.fingertip.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aPasswordOfEightCharactersAndThreeClassesIsAccepted() {
        assertThat(PasswordRules.errors("password", "zhang.san", "Demo@2026")).isEmpty();
        assertThat(PasswordRules.errors("password", "zhang.san", "abcdefg1!")).isEmpty();
        assertThat(PasswordRules.errors("password", "zhang.san", "ABCDEFG1a")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimum() {
        assertThat(PasswordRules.errors("password", "zhang.san", "Ab1!"))
                .extracting(FieldError::message).containsExactly("密码至少 8 个字符");
    }

    @Test
    void aPasswordOfTwoClassesIsRefused() {
        assertThat(PasswordRules.errors("newPassword", "zhang.san", "abcdefgh123"))
                .containsExactly(new FieldError("newPassword", "密码须包含大写字母、小写字母、数字、符号四类中的至少三类"));
    }

    @Test
    void aPasswordContainingTheUsernameInAnyCaseIsRefused() {
        assertThat(PasswordRules.errors("password", "wang", "Xx-WANG-2026"))
                .extracting(FieldError::message).containsExactly("密码不能包含用户名");
    }

    @Test
    void anEmptyPasswordIsAskedFor() {
        assertThat(PasswordRules.errors("password", "wang", null)).extracting(FieldError::message)
                .containsExactly("请填写密码");
        assertThatThrownBy(() -> PasswordRules.check("password", "wang", ""))
                .isInstanceOf(InvalidInputException.class).hasMessage("密码不符合要求：请填写密码");
    }

    @Test
    void everyBrokenRuleIsListed() {
        assertThat(PasswordRules.errors("password", "abc", "abc1")).extracting(FieldError::message)
                .containsExactly("密码至少 8 个字符", "密码须包含大写字母、小写字母、数字、符号四类中的至少三类",
                        "密码不能包含用户名");
    }

    @RepeatedTest(20)
    void aTemporaryPasswordMeetsTheRules() {
        String temporary = PasswordRules.temporary("li.si");
        assertThat(temporary).hasSize(12);
        assertThat(PasswordRules.errors("password", "li.si", temporary)).isEmpty();
    }
}
