package org.fingertip.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.fingertip.registry.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * The error messages of one form, by the dotted path of the field they concern, in the order found: the templates
 * show them beside each field ({@link #of}) and all together at the top ({@link #all}).
 */
public final class FieldMessages {
    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<Entry> all = new ArrayList<>();

    /** One message and the field it concerns. */
    public record Entry(String field, String message) {
        /** The element id of the field's input, for a link from the summary. */
        public String anchor() {
            return Display.idOf(field);
        }
    }

    public static FieldMessages none() {
        return new FieldMessages();
    }

    public void add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        all.add(new Entry(field, message));
    }

    /** The core's field errors, each path first mapped to the input that shows it. */
    public void addAll(List<FieldError> errors, UnaryOperator<String> toInput) {
        for (FieldError e : errors) {
            add(toInput.apply(e.field()), e.message());
        }
    }

    /** Values that could not even be converted (a date that is not a date, a tampered choice). */
    public void addBindingErrors(BindingResult binding, MessageSource messages) {
        for (org.springframework.validation.FieldError e : binding.getFieldErrors()) {
            add(e.getField(), messages.getMessage("form.error.unreadable", new Object[]{e.getRejectedValue()},
                    LocaleContextHolder.getLocale()));
        }
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<Entry> all() {
        return List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Fields with messages, for placing the ones no input shows. */
    public Iterable<String> fields() {
        return byField.keySet();
    }
}
