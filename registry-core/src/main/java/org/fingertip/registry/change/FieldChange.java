package org.fingertip.registry.change;

/**
 * One field that differs between the filed form and the proposed one, named by its dotted path (as the form's field
 * errors are). The values are the form's own (a string, a yes/no, an enum, a date, a list of names or one function);
 * {@code before} is null for something added, {@code after} for something removed.
 */
public record FieldChange(String field, Object before, Object after) {

    /** What happened to the field. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        return after == null ? Kind.REMOVED : Kind.CHANGED;
    }
}
