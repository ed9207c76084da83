package org.fingertip.registry.admin;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at least three of the four classes (upper-case
 * letters, lower-case letters, digits, symbols), and not containing the username (in any case).
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%&*+-=?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {
    }

    /** Every rule the password breaks, each a message on {@code field}; empty when it is acceptable. */
    public static List<FieldError> errors(String field, String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "请填写密码"));
            return errors;
        }
        if (password.length() < MIN_LENGTH) {
            errors.add(new FieldError(field, "密码至少 " + MIN_LENGTH + " 个字符"));
        }
        if (password.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "密码不能超过 " + MAX_LENGTH + " 个字符"));
        }
        if (classes(password) < 3) {
            errors.add(new FieldError(field, "密码须包含大写字母、小写字母、数字、符号四类中的至少三类"));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "密码不能包含用户名"));
        }
        return errors;
    }

    /** Refuses a password that breaks a rule (400, every rule it breaks beside {@code field}). */
    public static void check(String field, String username, String password) {
        List<FieldError> errors = errors(field, username, password);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("密码不符合要求：" + errors.get(0).message(), errors);
        }
    }

    /** A random temporary password of 12 characters that meets the rules (no look-alike characters). */
    public static String temporary(String username) {
        while (true) {
            StringBuilder sb = new StringBuilder();
            sb.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(SYMBOLS));
            String all = UPPER + LOWER + DIGITS + SYMBOLS;
            while (sb.length() < 12) {
                sb.append(pick(all));
            }
            for (int i = sb.length() - 1; i > 0; i--) {
                int j = RANDOM.nextInt(i + 1);
                char c = sb.charAt(i);
                sb.setCharAt(i, sb.charAt(j));
                sb.setCharAt(j, c);
            }
            String candidate = sb.toString();
            if (errors("password", username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }

    private static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else if (!Character.isWhitespace(cp) && !Character.isLetter(cp)) {
                symbol = true;
            }
            i += Character.charCount(cp);
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
