package org.fingertip.registry.form;

import java.util.Arrays;
import java.util.Optional;
import org.fingertip.registry.shared.Labelled;

/** The eight sections of the filing form; {@link #key()} is the name used in the API and in gaps. */
public enum FormSection implements Labelled {
    OWNER("owner", "一、主办单位"),
    IDENTITY("identity", "二、应用名称与类型"),
    HANDLER("handler", "三、经办人"),
    PROJECT_APPROVAL("projectApproval", "四、立项情况"),
    FUNCTIONS("functions", "五、功能清单"),
    OPERATIONS("operations", "六、运维与安全"),
    ACCEPTANCE("acceptance", "七、上线验收"),
    SIMILAR_APPS("similarApps", "八、同类应用与承诺");

    private final String key;
    private final String label;

    FormSection(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<FormSection> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The section a dotted field path belongs to. */
    public static FormSection ofField(String field) {
        String head = field.split("[.\\[]", 2)[0];
        return switch (head) {
            case "ownerDepartmentCode" -> OWNER;
            case "name", "kind", "audience", "stores", "packageName" -> IDENTITY;
            case "handler" -> HANDLER;
            case "projectApproval" -> PROJECT_APPROVAL;
            case "functions" -> FUNCTIONS;
            case "operations" -> OPERATIONS;
            case "acceptance" -> ACCEPTANCE;
            default -> SIMILAR_APPS;
        };
    }
}
