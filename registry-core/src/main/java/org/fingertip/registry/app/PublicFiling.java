package org.fingertip.registry.app;

import java.time.Instant;

/** One line of the public lookup: an app that was ever given a filing number, and the standing of that filing. */
public record PublicFiling(String filingNumber, String name, AppKind kind, String ownerDepartmentName,
                           FilingStatus filingStatus, Instant since) {

    /** The standing of a filing as the public sees it. */
    public enum FilingStatus {
        /** 有效: the app is filed (also while in re-check, rectification, change review or exit). */
        VALID,
        /** 已注销: offline and deregistered since {@code since}. */
        DEREGISTERED,
        /** 已撤销: revoked since {@code since}. */
        REVOKED;

        public static FilingStatus of(AppStatus status) {
            return switch (status) {
                case EXITED -> DEREGISTERED;
                case REVOKED -> REVOKED;
                default -> VALID;
            };
        }
    }
}
