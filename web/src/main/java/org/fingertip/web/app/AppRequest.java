package org.fingertip.web.app;

import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.form.FilingForm;

/**
 * The body of {@code POST /api/apps} and {@code PUT /api/apps/{id}/form}: the eight sections of the filing form;
 * {@code previousAppId} links a new application to a rejected, withdrawn or abandoned one it files again.
 */
public record AppRequest(
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
        Long previousAppId) {

    public FilingForm toForm() {
        return new FilingForm(ownerDepartmentCode, name, kind, audience, stores, packageName, handler, projectApproval,
                functions, operations, acceptance, similarApps, commitmentSigned);
    }
}
