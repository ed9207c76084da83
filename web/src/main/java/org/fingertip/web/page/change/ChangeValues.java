package org.fingertip.web.page.change;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.fingertip.registry.form.FilingForm;
import org.fingertip.web.page.Display;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the templates call as {@code @changeValues}: a value of the diff as text in the request's language — yes or
 * no, an enum's label, a list joined, a function with its category and exception, "none" for nothing.
 */
@Component("changeValues")
public class ChangeValues {
    private final Display display;
    private final MessageSource messages;

    ChangeValues(Display display, MessageSource messages) {
        this.display = display;
        this.messages = messages;
    }

    public String text(Object value) {
        if (value == null) {
            return msg("value.empty");
        }
        if (value instanceof Boolean b) {
            return msg(b ? "answer.yes" : "answer.no");
        }
        if (value instanceof Enum<?> e) {
            return display.label(e);
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? msg("value.empty") : c.stream().map(this::text).collect(Collectors.joining("、"));
        }
        if (value instanceof FilingForm.AppFunction f) {
            String text = (f.name() == null ? msg("value.empty") : f.name())
                    + (f.category() == null ? "" : "（" + display.label(f.category()) + "）");
            return f.exceptionReason() == null || f.exceptionReason().isBlank() ? text
                    : text + " " + messages.getMessage("form.exceptionReason", new Object[]{f.exceptionReason()},
                    LocaleContextHolder.getLocale());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return String.valueOf(value);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
