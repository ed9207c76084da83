package org.fingertip.registry.change;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FilingForm.AppFunction;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.precheck.FunctionNames;

/**
 * What differs between two filing forms, section by section and field by field. Text is compared without surrounding
 * blanks (an empty text is no text); stores and similar apps as sets (their order says nothing); functions by their
 * normalised name, so that a function moved in the list is not a change, one renamed is removed and added, and one
 * that keeps its name but changes category or exception is changed.
 */
public final class FormDiff {
    private FormDiff() {
    }

    /** The changed sections in the order of the form; empty when the two forms say the same. */
    public static List<SectionChange> between(FilingForm before, FilingForm after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<FormSection, List<FieldChange>> changes = new EnumMap<>(FormSection.class);
        for (FormSection s : FormSection.values()) {
            changes.put(s, new ArrayList<>());
        }
        text(changes.get(FormSection.OWNER), "ownerDepartmentCode", before, after, FilingForm::ownerDepartmentCode);

        List<FieldChange> identity = changes.get(FormSection.IDENTITY);
        text(identity, "name", before, after, FilingForm::name);
        value(identity, "kind", before.kind(), after.kind());
        value(identity, "audience", before.audience(), after.audience());
        names(identity, "stores", before.stores(), after.stores());
        text(identity, "packageName", before, after, FilingForm::packageName);

        List<FieldChange> handler = changes.get(FormSection.HANDLER);
        FilingForm.Handler hb = before.handler();
        FilingForm.Handler ha = after.handler();
        text(handler, "handler.name", hb, ha, FilingForm.Handler::name);
        text(handler, "handler.post", hb, ha, FilingForm.Handler::post);
        text(handler, "handler.phone", hb, ha, FilingForm.Handler::phone);
        text(handler, "handler.email", hb, ha, FilingForm.Handler::email);

        List<FieldChange> approval = changes.get(FormSection.PROJECT_APPROVAL);
        FilingForm.ProjectApproval pb = before.projectApproval();
        FilingForm.ProjectApproval pa = after.projectApproval();
        text(approval, "projectApproval.reference", pb, pa, FilingForm.ProjectApproval::reference);
        text(approval, "projectApproval.budgetSource", pb, pa, FilingForm.ProjectApproval::budgetSource);
        value(approval, "projectApproval.fitsDigitalPlan", get(pb, FilingForm.ProjectApproval::fitsDigitalPlan),
                get(pa, FilingForm.ProjectApproval::fitsDigitalPlan));
        value(approval, "projectApproval.duplicatesExisting", get(pb, FilingForm.ProjectApproval::duplicatesExisting),
                get(pa, FilingForm.ProjectApproval::duplicatesExisting));
        value(approval, "projectApproval.couldBeModule", get(pb, FilingForm.ProjectApproval::couldBeModule),
                get(pa, FilingForm.ProjectApproval::couldBeModule));
        value(approval, "projectApproval.sharesData", get(pb, FilingForm.ProjectApproval::sharesData),
                get(pa, FilingForm.ProjectApproval::sharesData));
        text(approval, "projectApproval.justification", pb, pa, FilingForm.ProjectApproval::justification);

        functions(changes.get(FormSection.FUNCTIONS), before.functionsOrEmpty(), after.functionsOrEmpty());

        List<FieldChange> operations = changes.get(FormSection.OPERATIONS);
        FilingForm.Operations ob = before.operations();
        FilingForm.Operations oa = after.operations();
        text(operations, "operations.team", ob, oa, FilingForm.Operations::team);
        value(operations, "operations.securityTested", get(ob, FilingForm.Operations::securityTested),
                get(oa, FilingForm.Operations::securityTested));
        value(operations, "operations.mlpsLevel", get(ob, FilingForm.Operations::mlpsLevel),
                get(oa, FilingForm.Operations::mlpsLevel));
        value(operations, "operations.mlpsAssessed", get(ob, FilingForm.Operations::mlpsAssessed),
                get(oa, FilingForm.Operations::mlpsAssessed));

        List<FieldChange> acceptance = changes.get(FormSection.ACCEPTANCE);
        value(acceptance, "acceptance.date", get(before.acceptance(), FilingForm.Acceptance::date),
                get(after.acceptance(), FilingForm.Acceptance::date));
        text(acceptance, "acceptance.result", before.acceptance(), after.acceptance(), FilingForm.Acceptance::result);

        List<FieldChange> similar = changes.get(FormSection.SIMILAR_APPS);
        names(similar, "similarApps", before.similarApps(), after.similarApps());
        value(similar, "commitmentSigned", before.commitmentSigned(), after.commitmentSigned());

        List<SectionChange> result = new ArrayList<>();
        changes.forEach((section, fields) -> {
            if (!fields.isEmpty()) {
                result.add(new SectionChange(section, fields));
            }
        });
        return result;
    }

    /** The sections of a diff. */
    public static List<FormSection> sections(List<SectionChange> diff) {
        return diff.stream().map(SectionChange::section).toList();
    }

    private static <T> void text(List<FieldChange> into, String field, T before, T after, Function<T, String> read) {
        String b = clean(get(before, read));
        String a = clean(get(after, read));
        if (!Objects.equals(b, a)) {
            into.add(new FieldChange(field, b, a));
        }
    }

    private static void value(List<FieldChange> into, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            into.add(new FieldChange(field, before, after));
        }
    }

    /** Lists of names compare as sets; the values shown are the lists as filed and as proposed. */
    private static void names(List<FieldChange> into, String field, List<String> before, List<String> after) {
        Set<String> b = cleanSet(before);
        Set<String> a = cleanSet(after);
        if (!b.equals(a)) {
            into.add(new FieldChange(field, b.isEmpty() ? null : List.copyOf(b), a.isEmpty() ? null : List.copyOf(a)));
        }
    }

    /**
     * Functions by normalised name: in the proposed order, each added or changed one under its new row; then each
     * removed one under its old row.
     */
    private static void functions(List<FieldChange> into, List<AppFunction> before, List<AppFunction> after) {
        Map<String, Row> old = byName(before);
        Map<String, Row> proposed = byName(after);
        proposed.forEach((key, row) -> {
            Row was = old.get(key);
            if (was == null) {
                into.add(new FieldChange("functions[" + row.index + "]", null, row.function));
            } else if (!same(was.function, row.function)) {
                into.add(new FieldChange("functions[" + row.index + "]", was.function, row.function));
            }
        });
        old.forEach((key, row) -> {
            if (!proposed.containsKey(key)) {
                into.add(new FieldChange("functions[" + row.index + "]", row.function, null));
            }
        });
    }

    private record Row(int index, AppFunction function) {
    }

    private static Map<String, Row> byName(List<AppFunction> functions) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < functions.size(); i++) {
            AppFunction f = functions.get(i);
            if (f != null) {
                rows.putIfAbsent(FunctionNames.normalise(f.name()), new Row(i, f));
            }
        }
        return rows;
    }

    private static boolean same(AppFunction a, AppFunction b) {
        return Objects.equals(clean(a.name()), clean(b.name())) && a.category() == b.category()
                && Objects.equals(clean(a.exceptionReason()), clean(b.exceptionReason()));
    }

    private static <T, R> R get(T holder, Function<T, R> read) {
        return holder == null ? null : read.apply(holder);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Set<String> cleanSet(List<String> list) {
        Set<String> set = new LinkedHashSet<>();
        if (list != null) {
            for (String s : list) {
                String c = clean(s);
                if (c != null) {
                    set.add(c);
                }
            }
        }
        return set;
    }
}
