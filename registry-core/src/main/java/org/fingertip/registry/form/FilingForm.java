package org.fingertip.registry.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;

/**
 * The filing form, section by section. Any field may be empty while the form is a draft; {@link FormRules}
 * says which are malformed (always refused) and which are missing (refused at submit).
 */
public record FilingForm(
        String ownerDepartmentCode,
        String name,
        AppKind kind,
        Audience audience,
        List<String> stores,
        String packageName,
        Handler handler,
        ProjectApproval projectApproval,
        List<AppFunction> functions,
        Operations operations,
        Acceptance acceptance,
        List<String> similarApps,
        Boolean commitmentSigned) {

    public FilingForm {
        stores = copy(stores);
        functions = copy(functions);
        similarApps = copy(similarApps);
    }

    /** An unmodifiable copy that keeps null items: {@link FormRules} names them ("functions[2]") instead of failing here. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** 经办人. */
    public record Handler(String name, String post, String phone, String email) {
    }

    /** 立项: approval reference, budget source and the pre-build questions. */
    public record ProjectApproval(String reference, String budgetSource, Boolean fitsDigitalPlan,
                                  Boolean duplicatesExisting, Boolean couldBeModule, Boolean sharesData,
                                  String justification) {
    }

    /** One function; {@code exceptionReason} explains a first-ban feature kept for security or emergency duty. */
    public record AppFunction(String name, FunctionCategory category, String exceptionReason) {
    }

    /** 运维与安全. */
    public record Operations(String team, Boolean securityTested, Integer mlpsLevel, Boolean mlpsAssessed) {
    }

    /** 上线验收. */
    public record Acceptance(LocalDate date, String result) {
    }

    /** This form with another owner unit (its code). */
    public FilingForm withOwner(String unitCode) {
        return new FilingForm(unitCode, name, kind, audience, stores, packageName, handler, projectApproval, functions,
                operations, acceptance, similarApps, commitmentSigned);
    }

    public List<AppFunction> functionsOrEmpty() {
        return functions == null ? List.of() : functions;
    }

    public String justification() {
        return projectApproval == null ? null : projectApproval.justification();
    }
}
