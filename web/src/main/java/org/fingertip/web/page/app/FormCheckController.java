package org.fingertip.web.page.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fingertip.registry.access.Role;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.form.FormRules;
import org.fingertip.web.page.Display;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The filing form's inline check: the page's script posts the form as it is being filled and shows, beside each
 * field the applicant has touched, what submitting it now would say of it — the core's own rules
 * ({@link FormRules}: malformed, then missing), nothing of them repeated in the script. Nothing is saved.
 */
@Controller
class FormCheckController {
    private final Display display;
    private final MessageSource messages;

    FormCheckController(Display display, MessageSource messages) {
        this.display = display;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** Every field's messages by the id of its input ({@code f-handler-phone}); an empty map when all is well. */
    @PostMapping(value = "/apps/form-check", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(Role.APPLICANT)
    @ResponseBody
    Map<String, Object> check(@ModelAttribute("form") FilingFormData data, BindingResult binding) {
        FieldMessages errors = new FieldMessages();
        if (binding.hasErrors()) {
            errors.addBindingErrors(binding, messages);
        } else {
            FilingForm form = data.toForm();
            errors.addAll(FormRules.shapeErrors(form), FilingFormData::inputOf);
            errors.addAll(FormRules.missingFields(form), FilingFormData::inputOf);
        }
        Map<String, Object> byInput = new LinkedHashMap<>();
        for (String field : errors.fields()) {
            byInput.put(display.fieldId(field), errors.of(field));
        }
        return Map.of("fields", byInput);
    }
}
