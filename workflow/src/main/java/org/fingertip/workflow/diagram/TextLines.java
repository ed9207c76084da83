package org.fingertip.workflow.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width, by character: Chinese has no spaces to break at, and a Han character is
 * about one em wide while a Latin letter or digit is about half of one. Closing punctuation stays on the line it
 * closes; a name longer than the lines allowed ends in "…".
 */
final class TextLines {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〉,.;:?!)]}";

    private TextLines() {
    }

    static List<String> wrap(String text, double width, double fontSize, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        double limit = Math.max(width, fontSize);
        StringBuilder line = new StringBuilder();
        double used = 0;
        int[] cps = text.strip().replaceAll("\\s+", " ").codePoints().toArray();
        for (int cp : cps) {
            double w = ems(cp) * fontSize;
            boolean keepOnLine = NO_LINE_START.indexOf(cp) >= 0;
            if (used + w > limit && !line.isEmpty() && !keepOnLine) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                if (cp == ' ') {
                    continue;
                }
            }
            line.appendCodePoint(cp);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            int end = last.offsetByCodePoints(last.length(), -Math.min(1, last.codePointCount(0, last.length())));
            kept.set(maxLines - 1, last.substring(0, end) + "…");
            return kept;
        }
        return lines;
    }

    /** The width of a character in ems: Latin letters, digits and ASCII punctuation are narrow, the rest full. */
    static double ems(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == ' ' ? 0.3 : Character.isUpperCase(codePoint) ? 0.65 : 0.55;
        }
        return 1.0;
    }
}
