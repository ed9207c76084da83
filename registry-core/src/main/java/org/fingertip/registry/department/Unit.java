package org.fingertip.registry.department;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit (主办单位, a government body) inside a division, coded {@code <division>-<nnn>}, e.g. {@code 420100-007}.
 * Its level is its division's level. A unit merged into another ({@code mergedInto}, the other's code) keeps its
 * record for history; nothing new is filed or created for it.
 */
public record Unit(String code, String name, Division division, String mergedInto) {
    private static final Pattern CODE = Pattern.compile("\\d{6,12}-\\d{3}");

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(division, "division");
        if (!isWellFormedCode(code)) {
            throw new IllegalArgumentException("单位编码应为“区划代码-三位序号”，例如 420100-007：" + code);
        }
        if (!code.startsWith(division.code() + "-")) {
            throw new IllegalArgumentException("单位编码 " + code + " 与所属区划 " + division.code() + " 不符");
        }
        if (code.equals(mergedInto)) {
            throw new IllegalArgumentException("单位不能并入自身：" + code);
        }
    }

    /** A unit in use (not merged into another). */
    public Unit(String code, String name, Division division) {
        this(code, name, division, null);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** This unit under another name. */
    public Unit renamed(String newName) {
        return new Unit(code, newName, division, mergedInto);
    }

    /** This unit, merged into {@code into}. */
    public Unit mergeInto(Unit into) {
        return new Unit(code, name, division, into.code());
    }

    public static boolean isWellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public DivisionLevel level() {
        return division.level();
    }

    public boolean isWithin(Division jurisdiction) {
        return division.isWithin(jurisdiction);
    }
}
