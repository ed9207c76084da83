package org.fingertip.registry.shared;

/** A problem with one input field, named by its dotted path (e.g. {@code handler.phone}, {@code functions[2].name}). */
public record FieldError(String field, String message) {
}
