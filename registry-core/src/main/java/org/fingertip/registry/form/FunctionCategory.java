package org.fingertip.registry.form;

/** Category of one function of an app. CHECK_IN, RANKING and ONLINE_TIME fall under the first ban. */
public enum FunctionCategory {
    SERVICE, OFFICE, MESSAGING, LEARNING, REPORTING, CHECK_IN, RANKING, ONLINE_TIME, OTHER;

    /** 打卡、积分排名、在线时长: banned unless explained as security or emergency duty. */
    public boolean isFirstBan() {
        return this == CHECK_IN || this == RANKING || this == ONLINE_TIME;
    }
}
