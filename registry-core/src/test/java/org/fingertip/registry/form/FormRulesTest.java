package org.fingertip.registry.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.form.FilingForm.Acceptance;
import org.fingertip.registry.form.FilingForm.Handler;
import org.fingertip.registry.form.FilingForm.Operations;
import org.fingertip.registry.form.FilingForm.ProjectApproval;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.testing.Forms;
import org.fingertip.registry.testing.Hubei;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormRulesTest {
    private static final FilingForm COMPLETE = Forms.complete(Hubei.WUHAN_UNIT.code(), "城管通", "案件上报", "执法文书");

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static String chars(int n) {
        return "应".repeat(n);
    }

    // ---- shape ---------------------------------------------------------------------------------------------------

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("name of 101 characters", (UnaryOperator<FilingForm>) f -> Forms.withName(f, chars(101)),
                        "name", "超过 100"),
                arguments("function name of 101 characters", (UnaryOperator<FilingForm>) f -> Forms.withFunctions(f,
                        Forms.service("在线办事"), Forms.service(chars(101))), "functions[1].name", "超过 100"),
                arguments("exception reason of 501 characters", (UnaryOperator<FilingForm>) f -> Forms.withFunctions(f,
                        Forms.function("值班签到", FunctionCategory.CHECK_IN, chars(501))),
                        "functions[0].exceptionReason", "超过 500"),
                arguments("handler name of 51 characters", (UnaryOperator<FilingForm>) f -> Forms.withHandler(f,
                        new Handler(chars(51), "科员", "13800138000", "a@example.gov.cn")), "handler.name", "超过 50"),
                arguments("justification of 2001 characters",
                        (UnaryOperator<FilingForm>) f -> Forms.withJustification(f, chars(2001)),
                        "projectApproval.justification", "超过 2000"),
                arguments("store name of 51 characters", (UnaryOperator<FilingForm>) f -> Forms.withStores(f,
                        List.of("华为应用市场", chars(51))), "stores[1]", "超过 50"),
                arguments("21 stores", (UnaryOperator<FilingForm>) f -> Forms.withStores(f,
                        Collections.nCopies(21, "应用宝")), "stores", "最多填写 20 项"),
                arguments("101 functions", (UnaryOperator<FilingForm>) f -> Forms.withFunctions(f,
                        IntStream.range(0, 101).mapToObj(i -> Forms.service("功能" + i)).toList()),
                        "functions", "最多 100 项"),
                arguments("phone of 5 digits", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "12345"),
                        "handler.phone", "手机号"),
                arguments("mobile of 10 digits", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "1380013800"),
                        "handler.phone", "手机号"),
                arguments("mobile of 12 digits", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "138001380001"),
                        "handler.phone", "手机号"),
                arguments("mobile starting 12", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "12800138000"),
                        "handler.phone", "手机号"),
                arguments("phone with letters", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "027-8888abcd"),
                        "handler.phone", "手机号"),
                arguments("email without @", (UnaryOperator<FilingForm>) f -> Forms.withEmail(f, "zhangming.gov.cn"),
                        "handler.email", "电子邮箱"),
                arguments("email without domain dot", (UnaryOperator<FilingForm>) f -> Forms.withEmail(f, "a@gov"),
                        "handler.email", "电子邮箱"),
                arguments("email with space", (UnaryOperator<FilingForm>) f -> Forms.withEmail(f, "a b@x.cn"),
                        "handler.email", "电子邮箱"),
                arguments("mlpsLevel 0", (UnaryOperator<FilingForm>) f -> Forms.withMlpsLevel(f, 0),
                        "operations.mlpsLevel", "1 至 5"),
                arguments("mlpsLevel 6", (UnaryOperator<FilingForm>) f -> Forms.withMlpsLevel(f, 6),
                        "operations.mlpsLevel", "1 至 5"),
                arguments("package name in Chinese", (UnaryOperator<FilingForm>) f -> Forms.withPackageName(f, "城管通"),
                        "packageName", "字母、数字"),
                arguments("package name with a space",
                        (UnaryOperator<FilingForm>) f -> Forms.withPackageName(f, "cn.gov wuhan"),
                        "packageName", "字母、数字"),
                arguments("package name starting with a dot",
                        (UnaryOperator<FilingForm>) f -> Forms.withPackageName(f, ".cn.gov.wuhan"),
                        "packageName", "字母、数字"),
                arguments("owner code without sequence",
                        (UnaryOperator<FilingForm>) f -> Forms.withOwner(f, "420100"),
                        "ownerDepartmentCode", "区划代码-三位序号"),
                arguments("owner code with two-digit sequence",
                        (UnaryOperator<FilingForm>) f -> Forms.withOwner(f, "420100-07"),
                        "ownerDepartmentCode", "区划代码-三位序号"),
                arguments("owner code with short division",
                        (UnaryOperator<FilingForm>) f -> Forms.withOwner(f, "4201-007"),
                        "ownerDepartmentCode", "区划代码-三位序号"),
                arguments("owner code with letters",
                        (UnaryOperator<FilingForm>) f -> Forms.withOwner(f, "42010A-007"),
                        "ownerDepartmentCode", "区划代码-三位序号"),
                arguments("similar app name of 101 characters", (UnaryOperator<FilingForm>) f -> Forms.withSimilarApps(f,
                        List.of(chars(101))), "similarApps[0]", "超过 100"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {2}")
    @MethodSource("malformed")
    void malformedFieldIsReportedByItsDottedPathWithWhatToFix(String description, UnaryOperator<FilingForm> change,
                                                             String field, String hint) {
        List<FieldError> errors = FormRules.shapeErrors(change.apply(COMPLETE));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).contains(hint);
        });
    }

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                arguments("mobile", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "13912345678")),
                arguments("landline with dash", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "027-88886666")),
                arguments("landline without dash", (UnaryOperator<FilingForm>) f -> Forms.withPhone(f, "07178886666")),
                arguments("email", (UnaryOperator<FilingForm>) f -> Forms.withEmail(f, "x@y.cn")),
                arguments("mlpsLevel 1", (UnaryOperator<FilingForm>) f -> Forms.withMlpsLevel(f, 1)),
                arguments("mlpsLevel 5", (UnaryOperator<FilingForm>) f -> Forms.withMlpsLevel(f, 5)),
                arguments("bundle id", (UnaryOperator<FilingForm>) f -> Forms.withPackageName(f, "cn.gov.wuhan_cg-app")),
                arguments("mini program AppID", (UnaryOperator<FilingForm>) f -> Forms.withPackageName(f, "wx1234abcd")),
                arguments("name of exactly 100", (UnaryOperator<FilingForm>) f -> Forms.withName(f, chars(100))),
                arguments("20 stores", (UnaryOperator<FilingForm>) f -> Forms.withStores(f,
                        Collections.nCopies(20, "应用宝"))),
                arguments("village unit code", (UnaryOperator<FilingForm>) f -> Forms.withOwner(f,
                        Hubei.COMMUNITY_UNIT.code())));
    }

    @ParameterizedTest(name = "[{index}] {0} is well formed")
    @MethodSource("wellFormed")
    void wellFormedValuesPass(String description, UnaryOperator<FilingForm> change) {
        assertThat(FormRules.shapeErrors(change.apply(COMPLETE))).isEmpty();
    }

    @Test
    void reportsEveryMalformedFieldAtOnce() {
        FilingForm form = Forms.withMlpsLevel(Forms.withEmail(Forms.withPhone(Forms.withName(COMPLETE, chars(101)),
                "123"), "nope"), 9);

        assertThat(fields(FormRules.shapeErrors(form)))
                .containsExactly("name", "handler.phone", "handler.email", "operations.mlpsLevel");
    }

    @Test
    void emptyDraftHasNoShapeErrors() {
        assertThat(FormRules.shapeErrors(Forms.empty())).isEmpty();
    }

    @Test
    void tooLongValueSaysHowLongItIs() {
        assertThat(FormRules.shapeErrors(Forms.withName(COMPLETE, chars(120))))
                .extracting(FieldError::message).containsExactly("长度不能超过 100 个字符（现为 120 个）");
    }

    // ---- completeness --------------------------------------------------------------------------------------------

    @Test
    void emptyFormListsEveryMissingFieldInFormOrder() {
        List<FieldError> missing = FormRules.missingFields(Forms.empty());

        assertThat(fields(missing)).containsExactly(
                "ownerDepartmentCode", "name", "kind", "audience", "stores",
                "handler.name", "handler.post", "handler.phone", "handler.email",
                "projectApproval.reference", "projectApproval.budgetSource", "projectApproval.fitsDigitalPlan",
                "projectApproval.duplicatesExisting", "projectApproval.couldBeModule", "projectApproval.sharesData",
                "functions",
                "operations.team", "operations.securityTested", "operations.mlpsLevel", "operations.mlpsAssessed",
                "acceptance.date", "acceptance.result",
                "similarApps", "commitmentSigned");
        assertThat(missing).allSatisfy(e -> assertThat(e.message()).startsWith("请"));
    }

    @Test
    void completeFormMissesNothing() {
        assertThat(FormRules.missingFields(COMPLETE)).isEmpty();
        assertThat(FormRules.shapeErrors(COMPLETE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AppKind.class, names = {"APP", "MINI_PROGRAM", "QUICK_APP"})
    void storeKindsNeedAPackageName(AppKind kind) {
        FilingForm form = Forms.withPackageName(Forms.withKind(COMPLETE, kind), null);

        assertThat(fields(FormRules.missingFields(form))).containsExactly("packageName");
    }

    @ParameterizedTest
    @EnumSource(value = AppKind.class, names = {"LIGHT_APP", "PUBLIC_ACCOUNT", "WORK_GROUP", "INFO_SYSTEM"})
    void hostedKindsNeedNoPackageName(AppKind kind) {
        FilingForm form = Forms.withPackageName(Forms.withKind(COMPLETE, kind), null);

        assertThat(FormRules.missingFields(form)).isEmpty();
    }

    @Test
    void blankPackageNameCountsAsMissing() {
        assertThat(fields(FormRules.missingFields(Forms.withPackageName(COMPLETE, "  "))))
                .containsExactly("packageName");
    }

    @Test
    void commitmentMustBeSigned() {
        assertThat(FormRules.missingFields(Forms.withCommitment(COMPLETE, false)))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("commitmentSigned");
                    assertThat(e.message()).contains("承诺书");
                });
    }

    @Test
    void unansweredCommitmentIsMissing() {
        assertThat(fields(FormRules.missingFields(Forms.withCommitment(COMPLETE, null))))
                .containsExactly("commitmentSigned");
    }

    @Test
    void functionWithoutNameOrCategoryIsMissingByIndex() {
        FilingForm form = Forms.withFunctions(COMPLETE, Forms.service("在线办事"),
                Forms.function(" ", FunctionCategory.OFFICE), Forms.function("政策查询", null));

        assertThat(fields(FormRules.missingFields(form)))
                .containsExactly("functions[1].name", "functions[2].category");
    }

    @Test
    void emptyFunctionListIsMissing() {
        assertThat(fields(FormRules.missingFields(Forms.withFunctions(COMPLETE, List.of()))))
                .containsExactly("functions");
    }

    @Test
    void storesOfBlanksAreMissing() {
        assertThat(fields(FormRules.missingFields(Forms.withStores(COMPLETE, List.of(" ", "")))))
                .containsExactly("stores");
    }

    @Test
    void noSimilarAppsIsAnEmptyListNotAMissingAnswer() {
        assertThat(FormRules.missingFields(Forms.withSimilarApps(COMPLETE, List.of()))).isEmpty();
        assertThat(fields(FormRules.missingFields(Forms.withSimilarApps(COMPLETE, null))))
                .containsExactly("similarApps");
    }

    @Test
    void preBuildQuestionsMustBeAnsweredEvenWithNo() {
        FilingForm answeredNo = Forms.withProjectApproval(COMPLETE,
                new ProjectApproval("鄂政数〔2026〕1号", "财政资金", false, false, false, false, null));
        FilingForm unanswered = Forms.withProjectApproval(COMPLETE,
                new ProjectApproval("鄂政数〔2026〕1号", "财政资金", null, null, true, null, null));

        assertThat(FormRules.missingFields(answeredNo)).isEmpty();
        assertThat(fields(FormRules.missingFields(unanswered))).containsExactly("projectApproval.fitsDigitalPlan",
                "projectApproval.duplicatesExisting", "projectApproval.sharesData");
    }

    @Test
    void partlyFilledSectionsListOnlyWhatIsMissing() {
        FilingForm form = Forms.withAcceptance(Forms.withOperations(
                        Forms.withHandler(COMPLETE, new Handler("张明", null, "13800138000", "")),
                        new Operations("运维组", null, null, true)),
                new Acceptance(LocalDate.of(2026, 1, 15), null));

        assertThat(fields(FormRules.missingFields(form))).containsExactly("handler.post", "handler.email",
                "operations.securityTested", "operations.mlpsLevel", "acceptance.result");
    }

    @Test
    void everyMissingFieldBelongsToASectionOfTheForm() {
        assertThat(FormRules.missingFields(Forms.empty()))
                .extracting(e -> FormSection.ofField(e.field()))
                .containsOnly(FormSection.values());
    }
}
