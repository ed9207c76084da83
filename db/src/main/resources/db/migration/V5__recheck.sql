-- The re-check of one app (回头看): one row per re-check, and every step it took. Runs on H2 (MODE=MySQL) and
-- MariaDB/MySQL alike.

CREATE TABLE recheck (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    app_id               BIGINT       NOT NULL,
    app_name             VARCHAR(100) NOT NULL,
    owner_unit_code      VARCHAR(20)  NOT NULL,
    -- the owner's division path, copied so that jurisdiction queries need no join
    owner_division_path  VARCHAR(120) NOT NULL,
    trigger_kind         VARCHAR(16)  NOT NULL,
    state                VARCHAR(24)  NOT NULL,
    proposal             VARCHAR(16),
    statement            TEXT,
    answered_by          VARCHAR(64),
    answered_at          DATETIME(3),
    self_inspection_late BOOLEAN      NOT NULL,
    -- the verdict computed from the facts and its reasons (RecheckReason names, comma-separated, in order)
    computed_verdict     VARCHAR(16),
    computed_reasons     VARCHAR(500),
    confirmed_verdict    VARCHAR(16),
    confirmed_by         VARCHAR(64),
    override_reason      TEXT,
    window_ends          DATETIME(3),
    appeal               TEXT,
    outcome              VARCHAR(32),
    started_by           VARCHAR(64)  NOT NULL,
    started_at           DATETIME(3)  NOT NULL,
    concluded_at         DATETIME(3),
    -- optimistic lock: an update names the version it was loaded at
    version              INT          NOT NULL,
    CONSTRAINT pk_recheck PRIMARY KEY (id),
    CONSTRAINT fk_recheck_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_recheck_app ON recheck (app_id, state);
CREATE INDEX ix_recheck_scope ON recheck (owner_division_path, state);

CREATE TABLE recheck_step (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    recheck_id BIGINT      NOT NULL,
    from_state VARCHAR(24),
    to_state   VARCHAR(24) NOT NULL,
    action     VARCHAR(32) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    at         DATETIME(3) NOT NULL,
    note       TEXT,
    CONSTRAINT pk_recheck_step PRIMARY KEY (id),
    CONSTRAINT fk_recheck_step_recheck FOREIGN KEY (recheck_id) REFERENCES recheck (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_recheck_step_recheck ON recheck_step (recheck_id, id);
