package org.fingertip.web.page.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.Audience;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.form.FormSection;
import org.fingertip.registry.form.FunctionCategory;
import org.fingertip.registry.precheck.Finding;
import org.fingertip.web.page.FieldMessages;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the sections of the filing form ({@code app/form :: sections}) show besides the inputs, for any page that
 * renders them (the filing form, a change filing): errors and findings whose field has an input stand beside it; the
 * rest, and the gaps of a return, stand at the top of their section. Also the choices the inputs offer.
 */
public final class FormNotes {
    private FormNotes() {
    }

    /** Adds {@code findings}, {@code sections} and the choice lists to the model. */
    public static void addTo(ModelAndView mav, FilingFormData data, List<Gap> gaps, List<Finding> findingList,
                             FieldMessages errors) {
        Set<String> inputs = data.inputPaths();
        Map<String, SectionNotes> sections = new LinkedHashMap<>();
        for (FormSection s : FormSection.values()) {
            sections.put(s.key(), new SectionNotes(s));
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (Gap g : gaps) {
            sections.get(g.section().key()).gaps.add(g);
        }
        for (Finding f : findingList) {
            String input = FilingFormData.inputOf(f.field());
            if (inputs.contains(input)) {
                findings.computeIfAbsent(input, k -> new ArrayList<>()).add(f);
            } else {
                sections.get(FormSection.ofField(f.field() == null ? "name" : f.field()).key()).findings.add(f);
            }
        }
        for (String field : errors.fields()) {
            if (!inputs.contains(field)) {
                sections.get(FormSection.ofField(field).key()).errors.addAll(errors.of(field));
            }
        }
        mav.addObject("findings", findings);
        mav.addObject("sections", sections);
        mav.addObject("kinds", Arrays.stream(AppKind.values()).filter(AppKind::isFiled).toList());
        mav.addObject("audiences", Audience.values());
        mav.addObject("categories", FunctionCategory.values());
        mav.addObject("mlpsLevels", List.of(1, 2, 3, 4, 5));
    }

    /** What stands at the top of one section: the gaps of a return, and errors and findings no input shows. */
    public static final class SectionNotes {
        private final FormSection section;
        private final List<Gap> gaps = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        SectionNotes(FormSection section) {
            this.section = section;
        }

        public FormSection getSection() { return section; }
        public List<Gap> getGaps() { return gaps; }
        public List<String> getErrors() { return errors; }
        public List<Finding> getFindings() { return findings; }
    }
}
