-- The inventory of apps already live when the 2026 rules came in (存量清查): every import, the entry of each thing it
-- found (one per owner unit + normalised name + kind, and one per app), and the sweep's record of an app that passed
-- its filing deadline unfiled (one per app, ever). Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

-- who loaded which file when, and what became of its rows (the rejected ones with their reasons, as JSON)
CREATE TABLE inventory_import (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    file_name       VARCHAR(200) NOT NULL,
    imported_by     VARCHAR(64)  NOT NULL,
    imported_at     DATETIME(3)  NOT NULL,
    data_rows       INT          NOT NULL,
    created_count   INT          NOT NULL,
    updated_count   INT          NOT NULL,
    unchanged_count INT          NOT NULL,
    rejected_count  INT          NOT NULL,
    rejected_json   LONGTEXT     NOT NULL,
    CONSTRAINT pk_inventory_import PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_inventory_import_by ON inventory_import (imported_by, imported_at);

-- one row per thing the inventory knows: the unique key makes a second import of it update this row, never add an app
CREATE TABLE app_inventory (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    app_id          BIGINT       NOT NULL,
    unit_code       VARCHAR(20)  NOT NULL,
    -- the name without spaces and punctuation, NFKC, lower case (InventoryKey.normalise)
    normalised_name VARCHAR(100) NOT NULL,
    kind            VARCHAR(24)  NOT NULL,
    -- the facts of the import that last changed them
    name            VARCHAR(100) NOT NULL,
    audience        VARCHAR(16)  NOT NULL,
    stores_json     TEXT         NOT NULL,
    package_name    VARCHAR(200),
    launch_date     DATE         NOT NULL,
    -- the last day to file it (kinds that are filed); null for accounts, work groups and systems
    filing_deadline DATE,
    import_id       BIGINT       NOT NULL,
    import_line     INT          NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_by      VARCHAR(64)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    CONSTRAINT pk_app_inventory PRIMARY KEY (id),
    CONSTRAINT uq_app_inventory_key UNIQUE (unit_code, normalised_name, kind),
    CONSTRAINT uq_app_inventory_app UNIQUE (app_id),
    CONSTRAINT fk_app_inventory_app FOREIGN KEY (app_id) REFERENCES app (id),
    CONSTRAINT fk_app_inventory_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_app_inventory_import FOREIGN KEY (import_id) REFERENCES inventory_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- an app that passed its filing deadline unfiled: the ledger item the sweep opened and the notice that proposed its
-- directed exit to the supervisors; the primary key keeps a second sweep out
CREATE TABLE backlog_overdue (
    app_id         BIGINT      NOT NULL,
    deadline       DATE        NOT NULL,
    ledger_item_id BIGINT      NOT NULL,
    notice_id      BIGINT      NOT NULL,
    recipient      VARCHAR(80) NOT NULL,
    recorded_at    DATETIME(3) NOT NULL,
    CONSTRAINT pk_backlog_overdue PRIMARY KEY (app_id),
    CONSTRAINT fk_backlog_overdue_app FOREIGN KEY (app_id) REFERENCES app (id),
    CONSTRAINT fk_backlog_overdue_ledger_item FOREIGN KEY (ledger_item_id) REFERENCES ledger_item (id),
    CONSTRAINT fk_backlog_overdue_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- the backlog and the sweep look for LIVE_UNFILED apps across the province
CREATE INDEX ix_app_status_id ON app (status, id);
