package org.fingertip.registry.department;

import java.util.Objects;

/**
 * An administrative division (e.g. 420000 Hubei, 420100 Wuhan, 420102 Jiang'an District).
 * {@code path} lists the codes from the province down, as {@code /420000/420100/420102/}, so that
 * "is within" is a prefix test that a database can index.
 */
public record Division(String code, String name, DivisionLevel level, String parentCode, String path) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(path, "path");
    }

    public static Division root(String code, String name) {
        return new Division(code, name, DivisionLevel.PROVINCE, null, "/" + code + "/");
    }

    public Division child(String childCode, String childName, DivisionLevel childLevel) {
        if (childLevel.ordinal() <= level.ordinal()) {
            throw new IllegalArgumentException("下级区划的层级必须低于" + level.label() + "：" + childCode);
        }
        return new Division(childCode, childName, childLevel, code, path + childCode + "/");
    }

    /** True when this division is {@code other} or lies below it. */
    public boolean isWithin(Division other) {
        return path.startsWith(other.path());
    }

    /** The province code: the first code on the path. */
    public String provinceCode() {
        return path.substring(1, path.indexOf('/', 1));
    }

    /**
     * The path of the city (prefecture) subtree this division belongs to; the province's path for a provincial
     * division. Duplicates are looked for there.
     */
    public String cityPath() {
        int second = path.indexOf('/', 1);
        int third = path.indexOf('/', second + 1);
        return third < 0 ? path : path.substring(0, third + 1);
    }

    /** The code of the city (prefecture) this division belongs to, or the province itself for a provincial division. */
    public String cityCode() {
        String[] codes = path.substring(1).split("/");
        return codes.length >= 2 ? codes[1] : codes[0];
    }
}
