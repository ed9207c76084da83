package org.fingertip.registry.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.ForbiddenException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.registry.testing.Actors;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;

class UnitRulesTest {
    private static final Actor ADMIN = Actors.admin("admin", Hubei.PROVINCE);
    private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

    @Test
    void anAdministratorMergesOneUnitIntoAnotherOfTheProvince() {
        UnitMerge merge = UnitRules.merge(ADMIN, Hubei.WUHAN_OTHER_UNIT, Hubei.WUHAN_UNIT);

        assertThat(merge.crossesDivision()).isFalse();
        assertThat(merge.mergedUnit().isMerged()).isTrue();
        assertThat(merge.mergedUnit().mergedInto()).isEqualTo("420100-007");
        assertThat(merge.mergedUnit().name()).isEqualTo(Hubei.WUHAN_OTHER_UNIT.name());
        assertThat(merge.appReason()).contains("420100-008", "420100-007", "单位合并");
        assertThat(UnitRules.merge(ADMIN, Hubei.DISTRICT_UNIT, Hubei.WUHAN_UNIT).crossesDivision()).isTrue();
    }

    @Test
    void onlyAnAdministratorMerges() {
        assertThatThrownBy(() -> UnitRules.merge(Actors.supervisor("s", Hubei.PROVINCE), Hubei.WUHAN_OTHER_UNIT,
                Hubei.WUHAN_UNIT)).isInstanceOf(ForbiddenException.class).hasMessageContaining("只有管理员");
    }

    @Test
    void aUnitIsNeverMergedIntoItself() {
        assertThatThrownBy(() -> UnitRules.merge(ADMIN, Hubei.WUHAN_UNIT, Hubei.WUHAN_UNIT))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("into"))
                .hasMessageContaining("不能把单位并入它自身");
    }

    @Test
    void aMergedUnitIsNotMergedAgainNorMergedInto() {
        Unit merged = Hubei.WUHAN_OTHER_UNIT.mergeInto(Hubei.WUHAN_UNIT);

        assertThatThrownBy(() -> UnitRules.merge(ADMIN, merged, Hubei.DISTRICT_UNIT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已并入 420100-007");
        assertThatThrownBy(() -> UnitRules.merge(ADMIN, Hubei.DISTRICT_UNIT, merged))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("请直接并入 420100-007");
    }

    @Test
    void unitsOfAnotherProvinceAreNotMerged() {
        Division hunan = Division.root("430000", "湖南省");
        Unit hunanUnit = new Unit("430000-001", "湖南省大数据局", hunan);

        assertThatThrownBy(() -> UnitRules.merge(ADMIN, hunanUnit, Hubei.WUHAN_UNIT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("只能合并到本省");
    }

    @Test
    void aMergedUnitTakesNothingNew() {
        Unit merged = Hubei.WUHAN_OTHER_UNIT.mergeInto(Hubei.WUHAN_UNIT);

        assertThatThrownBy(() -> UnitRules.requireInUse(merged, "unitCode"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("已并入 420100-007，不能再使用");
        assertThatThrownBy(() -> UnitRules.rename(ADMIN, merged, "新名称"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aNewUnitNeedsAFreeCodeOfItsDivisionAndAName() {
        Unit unit = UnitRules.newUnit(ADMIN, " 420100-099 ", " 武汉市数据局 ", Hubei.WUHAN, false);
        assertThat(unit.code()).isEqualTo("420100-099");
        assertThat(unit.name()).isEqualTo("武汉市数据局");
        assertThat(unit.isMerged()).isFalse();

        assertThatThrownBy(() -> UnitRules.newUnit(ADMIN, "420500-099", "", Hubei.WUHAN, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::message)
                        .containsExactly("单位编码须以所属区划代码 420100- 开头", "请填写单位名称"));
        assertThatThrownBy(() -> UnitRules.newUnit(ADMIN, "420100-007", "重复", Hubei.WUHAN, true))
                .isInstanceOf(InvalidInputException.class).hasMessage("单位信息有误")
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::message)
                        .containsExactly("单位编码 420100-007 已被使用"));
        assertThatThrownBy(() -> UnitRules.newUnit(ADMIN, "abc", "某单位", null, false))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("code", "divisionCode"));
    }

    @Test
    void anAppOfAMergedUnitMovesWithItsStatusAndRecordsTheMove() {
        App app = App.draft(Forms.complete("420102-001", "江岸政务通"), Hubei.DISTRICT_UNIT, "applicant", NOW, null);
        app.changesSaved(7L, 1);
        UnitMerge merge = UnitRules.merge(ADMIN, Hubei.DISTRICT_UNIT, Hubei.WUHAN_UNIT);

        app.moveToMergedOwner(merge.into(), "admin", NOW, merge.appReason());

        assertThat(app.owner()).isEqualTo(Hubei.WUHAN_UNIT);
        assertThat(app.form().ownerDepartmentCode()).isEqualTo("420100-007");
        assertThat(app.status()).isEqualTo(AppStatus.DRAFT);
        assertThat(app.newChanges()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(AppStatus.DRAFT);
            assertThat(c.to()).isEqualTo(AppStatus.DRAFT);
            assertThat(c.actor()).isEqualTo("admin");
            assertThat(c.reason()).contains("江岸区政务服务中心", "武汉市城市管理执法委员会");
        });
    }

    @Test
    void noApplicationIsFiledForAMergedUnit() {
        org.fingertip.registry.testing.FilingFixture fx = new org.fingertip.registry.testing.FilingFixture();
        Unit merged = Hubei.WUHAN_OTHER_UNIT.mergeInto(Hubei.WUHAN_UNIT);
        fx.departments.save(merged);

        assertThatThrownBy(() -> fx.service.createDraft(Actors.applicant(merged), Forms.complete(merged.code(),
                "民政通"), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("已并入 420100-007，不能再使用")
                .satisfies(e -> assertThat(((RuleViolationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("ownerDepartmentCode"));
    }
}
