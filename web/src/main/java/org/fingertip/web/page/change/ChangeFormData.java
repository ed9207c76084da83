package org.fingertip.web.page.change;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.fingertip.registry.change.ChangeService;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.web.page.app.FilingFormData;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A change filing as the page binds it: the whole form as it is to be (the filing form's inputs, under the same dotted
 * paths, so that the core's errors land beside them), the day it takes effect and why.
 */
public class ChangeFormData extends FilingFormData {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private String explanation;

    /** The form pre-filled: the filed form for a new change, the proposed one for a revision. */
    static ChangeFormData of(FilingForm form, LocalDate effectiveDate, String explanation) {
        ChangeFormData d = new ChangeFormData();
        d.fill(form);
        d.effectiveDate = effectiveDate;
        d.explanation = explanation;
        d.padRows();
        return d;
    }

    ChangeService.Proposal toProposal() {
        return new ChangeService.Proposal(toForm(), effectiveDate, explanation);
    }

    /** The form's inputs, the two of the change, and the whole form (for "nothing changed"). */
    @Override
    public Set<String> inputPaths() {
        Set<String> paths = new LinkedHashSet<>(super.inputPaths());
        paths.add("effectiveDate");
        paths.add("explanation");
        paths.add("form");
        return paths;
    }

    public LocalDate getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(LocalDate v) { this.effectiveDate = v; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String v) { this.explanation = v; }
}
