package org.fingertip.db.department;

import static org.assertj.core.api.Assertions.assertThat;

import org.fingertip.db.TestTree;
import org.fingertip.registry.department.Departments;
import org.fingertip.registry.department.Division;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MyBatisDepartmentsIT {
    @Autowired
    Departments departments;

    TestTree tree;

    @BeforeEach
    void freshProvince() {
        tree = TestTree.saved(departments);
    }

    @Test
    void givenSavedDivisionsAndUnits_thenTheyReadBackEqual() {
        assertThat(departments.division(tree.province.code())).contains(tree.province);
        assertThat(departments.division(tree.township.code())).contains(tree.township);
        assertThat(departments.division(tree.township.code()).orElseThrow().level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(departments.unit(tree.countyUnit.code())).contains(tree.countyUnit);
        assertThat(departments.unit(tree.provincialUnit.code()).orElseThrow().division().parentCode()).isNull();
    }

    @Test
    void givenUnknownCodes_thenNothing() {
        assertThat(departments.division("000000")).isEmpty();
        assertThat(departments.unit("000000-000")).isEmpty();
        assertThat(departments.divisionsWithin("000000")).isEmpty();
        assertThat(departments.unitsWithin("000000")).isEmpty();
    }

    @Test
    void givenACity_thenWithinItAreItselfAndEverythingBelowButNotItsSibling() {
        assertThat(departments.divisionsWithin(tree.city.code()))
                .containsExactly(tree.city, tree.county, tree.township);
        assertThat(departments.unitsWithin(tree.city.code()))
                .containsExactlyInAnyOrder(tree.cityUnit, tree.countyUnit, tree.townshipUnit);
        assertThat(departments.unitsWithin(tree.province.code())).hasSize(5);
    }

    @Test
    void givenASecondSave_thenTheRowIsUpdatedNotDuplicated() {
        Division renamed = new Division(tree.county.code(), "江岸区（新）", DivisionLevel.COUNTY, tree.city.code(),
                tree.county.path());
        Unit renamedUnit = new Unit(tree.countyUnit.code(), "区教育和体育局", renamed);

        departments.save(renamed);
        departments.save(renamedUnit);

        assertThat(departments.division(tree.county.code())).contains(renamed);
        assertThat(departments.unit(tree.countyUnit.code())).contains(renamedUnit);
        assertThat(departments.divisionsWithin(tree.city.code())).hasSize(3);
    }
}
