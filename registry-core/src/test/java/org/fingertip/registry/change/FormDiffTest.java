package org.fingertip.registry.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FilingForm.AppFunction;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.testing.Forms;
import org.junit.jupiter.api.Test;

class FormDiffTest {
    private final FilingForm filed = Forms.complete("420100-007", "武汉城管通", "在线办事", "案件查询", "投诉举报");

    @Test
    void theSameFormHasNoChange() {
        assertThat(FormDiff.between(filed, filed)).isEmpty();
    }

    @Test
    void aRenameChangesOnlyTheIdentitySectionWithTheOldAndNewName() {
        List<SectionChange> diff = FormDiff.between(filed, Forms.withName(filed, "武汉城管通（新版）"));
        assertThat(diff).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo(FormSection.IDENTITY);
            assertThat(s.fields()).containsExactly(new FieldChange("name", "武汉城管通", "武汉城管通（新版）"));
        });
    }

    @Test
    void blanksAroundTextAndEmptyTextAreNoChange() {
        FilingForm padded = Forms.withName(filed, "  武汉城管通 ");
        assertThat(FormDiff.between(filed, padded)).isEmpty();
        FilingForm noJustification = Forms.withJustification(filed, null);
        assertThat(FormDiff.between(noJustification, Forms.withJustification(filed, "  "))).isEmpty();
    }

    @Test
    void storesCompareAsASetSoThatAnotherOrderIsNoChange() {
        FilingForm reordered = Forms.withStores(filed, List.of("苹果 App Store", "华为应用市场"));
        assertThat(FormDiff.between(filed, reordered)).isEmpty();
        FilingForm oneMore = Forms.withStores(filed, List.of("华为应用市场", "苹果 App Store", "小米应用商店"));
        assertThat(FormDiff.between(filed, oneMore)).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo(FormSection.IDENTITY);
            assertThat(s.fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("stores");
                assertThat(f.before()).isEqualTo(List.of("华为应用市场", "苹果 App Store"));
                assertThat(f.after()).isEqualTo(List.of("华为应用市场", "苹果 App Store", "小米应用商店"));
            });
        });
    }

    @Test
    void functionsAddedRemovedAndRecategorisedAreEachOneFieldAndAMovedFunctionIsNone() {
        FilingForm changed = Forms.withFunctions(filed,
                Forms.service("投诉举报"),                                   // moved up: no change
                Forms.function("在线办事", FunctionCategory.OFFICE),          // category changed
                Forms.service("电子证照"));                                   // added; 案件查询 removed
        List<SectionChange> diff = FormDiff.between(filed, changed);
        assertThat(diff).singleElement().satisfies(s -> {
            assertThat(s.section()).isEqualTo(FormSection.FUNCTIONS);
            assertThat(s.fields()).containsExactly(
                    new FieldChange("functions[1]", Forms.service("在线办事"),
                            new AppFunction("在线办事", FunctionCategory.OFFICE, null)),
                    new FieldChange("functions[2]", null, Forms.service("电子证照")),
                    new FieldChange("functions[1]", Forms.service("案件查询"), null));
            assertThat(s.fields()).extracting(FieldChange::kind).containsExactly(FieldChange.Kind.CHANGED,
                    FieldChange.Kind.ADDED, FieldChange.Kind.REMOVED);
        });
    }

    @Test
    void aNewOwnerAndANewHandlerChangeTheirOwnSectionsInTheOrderOfTheForm() {
        FilingForm changed = Forms.withPhone(Forms.withOwner(filed, "420100-008"), "13900139000");
        assertThat(FormDiff.between(filed, changed)).extracting(SectionChange::section)
                .containsExactly(FormSection.OWNER, FormSection.HANDLER);
        assertThat(FormDiff.sections(FormDiff.between(filed, changed)))
                .containsExactly(FormSection.OWNER, FormSection.HANDLER);
    }

    @Test
    void yesNoAnswersLevelsAndTheCommitmentAreCompared() {
        FilingForm changed = Forms.withCommitment(Forms.withMlpsLevel(filed, 2), false);
        List<SectionChange> diff = FormDiff.between(filed, changed);
        assertThat(diff).extracting(SectionChange::section)
                .containsExactly(FormSection.OPERATIONS, FormSection.SIMILAR_APPS);
        assertThat(diff.get(0).fields()).containsExactly(new FieldChange("operations.mlpsLevel", 3, 2));
        assertThat(diff.get(1).fields()).containsExactly(new FieldChange("commitmentSigned", true, false));
    }
}
