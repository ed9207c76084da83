package org.fingertip.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

class CatalogueRulesTest {

    @Test
    void aFunctionOfAProvincesPlatformIsAccepted() {
        assertThatNoException().isThrownBy(() -> CatalogueRules.check("420000", Hubei.PROVINCE, "鄂汇办", "社保查询",
                false));
    }

    @Test
    void aCityIsNotAProvinceAndNamesAreRequired() {
        assertThatThrownBy(() -> CatalogueRules.check("420100", Hubei.WUHAN, " ", null, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::message)
                        .containsExactly("没有代码为 420100 的省级区划", "请填写平台名称", "请填写功能名称"));
    }

    @Test
    void aFunctionThePlatformListsAlreadyIsRefused() {
        assertThatThrownBy(() -> CatalogueRules.check("420000", Hubei.PROVINCE, "鄂汇办", "社保查询", true))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::message)
                        .containsExactly("“鄂汇办”已有功能“社保查询”"));
    }
}
