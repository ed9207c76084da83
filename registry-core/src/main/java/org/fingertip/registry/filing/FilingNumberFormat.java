package org.fingertip.registry.filing;

import java.util.Locale;
import java.util.Map;

/**
 * The printed form of a filing number. The pattern knows three placeholders: {@code {abbr}} the province's
 * abbreviation (鄂), {@code {year}} and {@code {seq}} the sequence zero-padded to {@code digits}.
 * Default: {@code {abbr}政应备{year}{seq}号} with six digits, e.g. 鄂政应备2026000123号.
 */
public record FilingNumberFormat(String pattern, int digits, Map<String, String> provinceAbbreviations) {

    public static final String DEFAULT_PATTERN = "{abbr}政应备{year}{seq}号";

    public FilingNumberFormat {
        provinceAbbreviations = Map.copyOf(provinceAbbreviations);
        if (!pattern.contains("{seq}")) {
            throw new IllegalArgumentException("filing number pattern needs {seq}: " + pattern);
        }
    }

    public String format(String provinceCode, int year, long sequence) {
        String abbr = provinceAbbreviations.get(provinceCode);
        if (abbr == null) {
            throw new IllegalStateException("no abbreviation configured for province " + provinceCode);
        }
        // Locale.ROOT: under e.g. an Arabic or Thai default locale %d would print non-ASCII digits
        String seq = String.format(Locale.ROOT, "%0" + digits + "d", sequence);
        if (seq.length() > digits) {
            throw new IllegalStateException("filing numbers of " + provinceCode + " in " + year + " exhausted at " + sequence);
        }
        return pattern.replace("{abbr}", abbr).replace("{year}", String.valueOf(year)).replace("{seq}", seq);
    }
}
