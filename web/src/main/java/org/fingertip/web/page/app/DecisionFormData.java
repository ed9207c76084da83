package org.fingertip.web.page.app;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.app.Gap;
import org.fingertip.registry.filing.Decision;
import org.fingertip.registry.form.FormSection;
import org.fingertip.web.page.FieldMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A reviewer's decision as the case page binds it: the decision, a comment, gap rows (section and what to fix;
 * blank rows are left out) and the confirmation that the materials were checked.
 */
public class DecisionFormData {
    static final int MIN_ROWS = 3;

    private Decision decision;
    private String comment;
    private List<GapRow> gaps = new ArrayList<>();
    private boolean confirmed;

    public static DecisionFormData empty() {
        DecisionFormData d = new DecisionFormData();
        d.padRows();
        return d;
    }

    /**
     * The gaps for the core, after dropping blank rows; a half-filled row is reported against its empty half, in
     * the numbering of the rows as shown.
     */
    public List<Gap> gapsFor(FieldMessages errors, MessageSource messages) {
        gaps.removeIf(r -> r == null || r.isBlank());
        List<Gap> result = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            GapRow row = gaps.get(i);
            FormSection section = row.section == null ? null : FormSection.ofKey(row.section).orElse(null);
            if (section == null) {
                errors.add("gaps[" + i + "].section", text(messages, "decision.error.section"));
            }
            if (row.message == null || row.message.isBlank()) {
                errors.add("gaps[" + i + "].message", text(messages, "decision.error.gapMessage"));
            } else if (row.message.length() > 1000) {
                errors.add("gaps[" + i + "].message", text(messages, "decision.error.gapTooLong"));
            }
            if (section != null && row.message != null && !row.message.isBlank()) {
                result.add(new Gap(section, row.message.strip()));
            }
        }
        return result;
    }

    public void padRows() {
        gaps.removeIf(r -> r == null);
        if (gaps.stream().noneMatch(GapRow::isBlank)) {
            gaps.add(new GapRow());
        }
        while (gaps.size() < MIN_ROWS) {
            gaps.add(new GapRow());
        }
    }

    public void addRow() {
        gaps.removeIf(r -> r == null);
        gaps.add(new GapRow());
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    public Decision getDecision() { return decision; }
    public void setDecision(Decision v) { this.decision = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { this.comment = v; }
    public List<GapRow> getGaps() { return gaps; }
    public void setGaps(List<GapRow> v) { this.gaps = v; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean v) { this.confirmed = v; }

    /** One gap: the key of a form section and what to fix. */
    public static class GapRow {
        private String section;
        private String message;

        boolean isBlank() {
            return (section == null || section.isBlank()) && (message == null || message.isBlank());
        }

        public String getSection() { return section; }
        public void setSection(String v) { this.section = v; }
        public String getMessage() { return message; }
        public void setMessage(String v) { this.message = v; }
    }
}
