-- Clearance and exit (清理退出): one row per exit of an app, and every step it took. Runs on H2 (MODE=MySQL) and
-- MariaDB/MySQL alike.

CREATE TABLE app_exit (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    app_id               BIGINT       NOT NULL,
    -- the app's id while the exit is open, NULL once it ended: the unique key allows one open exit per app
    open_app_id          BIGINT,
    app_name             VARCHAR(100) NOT NULL,
    owner_unit_code      VARCHAR(20)  NOT NULL,
    -- the owner's division path, copied so that jurisdiction queries need no join
    owner_division_path  VARCHAR(120) NOT NULL,
    trigger_kind         VARCHAR(24)  NOT NULL,
    recheck_id           BIGINT,
    suggested_reason     VARCHAR(16),
    directed_by          VARCHAR(64),
    deadline             DATE,
    effective_deadline   DATE,
    deadline_note        TEXT,
    state                VARCHAR(20)  NOT NULL,
    -- from the plan, for lists and figures (the whole plan is plan_json)
    reason               VARCHAR(16),
    to_platform          BOOLEAN      NOT NULL,
    plan_json            LONGTEXT,
    offline_date         DATE,
    notice_published_at  DATETIME(3),
    offline_confirmed_at DATETIME(3),
    deregistration_due   DATETIME(3),
    deregistration_late  BOOLEAN      NOT NULL,
    deadline_missed      BOOLEAN      NOT NULL,
    exited_at            DATETIME(3),
    -- the rest of what was recorded (return comment, migration, stores delisted, evidence, statement, verifier)
    details_json         LONGTEXT     NOT NULL,
    started_by           VARCHAR(64)  NOT NULL,
    started_at           DATETIME(3)  NOT NULL,
    -- optimistic lock: an update names the version it was loaded at
    version              INT          NOT NULL,
    CONSTRAINT pk_app_exit PRIMARY KEY (id),
    CONSTRAINT uq_app_exit_open UNIQUE (open_app_id),
    CONSTRAINT fk_app_exit_app FOREIGN KEY (app_id) REFERENCES app (id),
    CONSTRAINT fk_app_exit_recheck FOREIGN KEY (recheck_id) REFERENCES recheck (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_app_exit_app ON app_exit (app_id, id);
CREATE INDEX ix_app_exit_scope ON app_exit (owner_division_path, state);
CREATE INDEX ix_app_exit_published ON app_exit (notice_published_at);

CREATE TABLE app_exit_step (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    exit_id    BIGINT      NOT NULL,
    from_state VARCHAR(20),
    to_state   VARCHAR(20) NOT NULL,
    action     VARCHAR(32) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    at         DATETIME(3) NOT NULL,
    note       TEXT,
    CONSTRAINT pk_app_exit_step PRIMARY KEY (id),
    CONSTRAINT fk_app_exit_step_exit FOREIGN KEY (exit_id) REFERENCES app_exit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_app_exit_step_exit ON app_exit_step (exit_id, id);
