package org.fingertip.web.change;

import java.time.LocalDate;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.form.FilingForm;

/**
 * The body of {@code POST /api/apps/{id}/changes} and {@code PUT /api/changes/{id}}: the whole form as it is to be
 * after the change (the eight sections, as for {@code POST /api/apps}; an omitted owner keeps the current one), the
 * day the change takes effect ({@code yyyy-MM-dd}, at least the configured number of days ahead) and an optional
 * explanation.
 */
public record ChangeRequest(
        String ownerDepartmentCode,
        String name,
        AppKind kind,
        Audience audience,
        List<String> stores,
        String packageName,
        FilingForm.Handler handler,
        FilingForm.ProjectApproval projectApproval,
        List<FilingForm.AppFunction> functions,
        FilingForm.Operations operations,
        FilingForm.Acceptance acceptance,
        List<String> similarApps,
        Boolean commitmentSigned,
        LocalDate effectiveDate,
        String explanation) {

    public ChangeService.Proposal toProposal() {
        return new ChangeService.Proposal(new FilingForm(ownerDepartmentCode, name, kind, audience, stores, packageName,
                handler, projectApproval, functions, operations, acceptance, similarApps, commitmentSigned),
                effectiveDate, explanation);
    }
}
