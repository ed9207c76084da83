package org.fingertip.web.page.admin;

import org.fingertip.registry.shared.DomainException;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.RuleViolationException;
import org.fingertip.web.page.FieldMessages;
import org.springframework.http.HttpStatus;

/** How an administrator's form shows what the core refused: each message beside its field, the status to answer. */
final class AdminForms {
    private AdminForms() {
    }

    /** The refusal's messages by field (one without a field goes to {@code fallbackField}). */
    static FieldMessages messages(DomainException e, String fallbackField) {
        FieldMessages errors = new FieldMessages();
        if (e instanceof InvalidInputException i && !i.errors().isEmpty()) {
            errors.addAll(i.errors(), f -> f);
        } else if (e instanceof RuleViolationException r && !r.errors().isEmpty()) {
            errors.addAll(r.errors(), f -> f);
        } else {
            errors.add(fallbackField, e.getMessage());
        }
        return errors;
    }

    /** The list's filters as the start of a query string for its pager ({@code a=1&b=2&}), blanks left out. */
    static String query(String... namesAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String v = namesAndValues[i + 1];
            if (v != null && !v.isBlank()) {
                sb.append(namesAndValues[i]).append('=')
                        .append(java.net.URLEncoder.encode(v.strip(), java.nio.charset.StandardCharsets.UTF_8))
                        .append('&');
            }
        }
        return sb.toString();
    }

    static HttpStatus status(DomainException e) {
        return e instanceof RuleViolationException ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
    }
}
