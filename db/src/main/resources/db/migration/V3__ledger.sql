-- The rectification ledger (整改台账): one row per finding, and every step it took. Runs on H2 (MODE=MySQL) and
-- MariaDB/MySQL alike.

CREATE TABLE ledger_item (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    app_id              BIGINT       NOT NULL,
    app_name            VARCHAR(100) NOT NULL,
    owner_unit_code     VARCHAR(20)  NOT NULL,
    -- the owner's division path, copied so that jurisdiction queries need no join
    owner_division_path VARCHAR(120) NOT NULL,
    category            VARCHAR(24)  NOT NULL,
    finding             TEXT         NOT NULL,
    source              VARCHAR(16)  NOT NULL,
    source_ref          VARCHAR(64),
    state               VARCHAR(16)  NOT NULL,
    state_since         DATETIME(3)  NOT NULL,
    deadline            DATETIME(3)  NOT NULL,
    extended            BOOLEAN      NOT NULL,
    escalated_at        DATETIME(3),
    evidence            TEXT,
    reported_by         VARCHAR(64),
    opened_by           VARCHAR(64)  NOT NULL,
    opened_at           DATETIME(3)  NOT NULL,
    -- optimistic lock: an update names the version it was loaded at
    version             INT          NOT NULL,
    CONSTRAINT pk_ledger_item PRIMARY KEY (id),
    CONSTRAINT fk_ledger_item_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_ledger_item_scope ON ledger_item (owner_division_path, state);
CREATE INDEX ix_ledger_item_app ON ledger_item (app_id, source, state);
CREATE INDEX ix_ledger_item_deadline ON ledger_item (deadline);

CREATE TABLE ledger_step (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    item_id    BIGINT      NOT NULL,
    from_state VARCHAR(16),
    to_state   VARCHAR(16) NOT NULL,
    action     VARCHAR(32) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    at         DATETIME(3) NOT NULL,
    note       TEXT,
    CONSTRAINT pk_ledger_step PRIMARY KEY (id),
    CONSTRAINT fk_ledger_step_item FOREIGN KEY (item_id) REFERENCES ledger_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_ledger_step_item ON ledger_step (item_id, id);
