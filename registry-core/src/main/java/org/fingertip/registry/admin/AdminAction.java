package org.fingertip.registry.admin;

import org.fingertip.registry.shared.Labelled;

/** What an administrator did; each is recorded as an {@link AdminChange}. */
public enum AdminAction implements Labelled {
    UNIT_CREATE("新建单位"),
    UNIT_RENAME("单位更名"),
    UNIT_MERGE("单位合并"),
    USER_CREATE("新建用户"),
    USER_DISABLE("停用用户"),
    USER_ENABLE("启用用户"),
    USER_RESET_PASSWORD("重置密码"),
    USER_MOVE("调整单位"),
    USER_HANDOVER("移交待办"),
    USER_PASSWORD_CHANGED("修改密码"),
    CALENDAR_PUT("维护节假日安排"),
    FUNCTION_ADD("新增平台功能"),
    FUNCTION_EDIT("修改平台功能"),
    FUNCTION_REMOVE("删除平台功能"),
    DURATION_SET("修改期限"),
    DURATION_RESET("恢复默认期限");

    private final String label;

    AdminAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
