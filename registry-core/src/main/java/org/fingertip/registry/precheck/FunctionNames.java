package org.fingertip.registry.precheck;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises function names so that "在线 办事" and "在线办事。" compare equal. */
public final class FunctionNames {
    private FunctionNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]", "");
    }
}
