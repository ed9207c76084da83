-- Re-checks started in bulk: campaigns (专项复核) with their sampled apps, and the periodic cycle's due dates.
-- Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

CREATE TABLE recheck_campaign (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    division_code  VARCHAR(12)  NOT NULL,
    -- the scope's division path, copied so that jurisdiction queries need no join
    division_path  VARCHAR(120) NOT NULL,
    -- AppKind and DivisionLevel names, comma-separated; empty matches all
    kinds          VARCHAR(200) NOT NULL,
    levels         VARCHAR(100) NOT NULL,
    sample_percent INT          NOT NULL,
    seed           BIGINT       NOT NULL,
    eligible       INT          NOT NULL,
    selected       INT          NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    launched_by    VARCHAR(64)  NOT NULL,
    launched_at    DATETIME(3)  NOT NULL,
    all_started_at DATETIME(3),
    CONSTRAINT pk_recheck_campaign PRIMARY KEY (id),
    CONSTRAINT fk_recheck_campaign_division FOREIGN KEY (division_code) REFERENCES division (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_recheck_campaign_scope ON recheck_campaign (division_path, id);

-- one row per sampled app: the primary key makes an app a member of a campaign once
CREATE TABLE recheck_campaign_app (
    campaign_id BIGINT       NOT NULL,
    app_id      BIGINT       NOT NULL,
    state       VARCHAR(12)  NOT NULL,
    recheck_id  BIGINT,
    note        VARCHAR(200),
    CONSTRAINT pk_recheck_campaign_app PRIMARY KEY (campaign_id, app_id),
    CONSTRAINT fk_recheck_campaign_app_campaign FOREIGN KEY (campaign_id) REFERENCES recheck_campaign (id),
    CONSTRAINT fk_recheck_campaign_app_app FOREIGN KEY (app_id) REFERENCES app (id),
    CONSTRAINT fk_recheck_campaign_app_recheck FOREIGN KEY (recheck_id) REFERENCES recheck (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_recheck_campaign_app_state ON recheck_campaign_app (campaign_id, state, app_id);

-- when each filed or registered app is next due for its periodic re-check (定期复核)
CREATE TABLE recheck_schedule (
    app_id BIGINT      NOT NULL,
    due_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_recheck_schedule PRIMARY KEY (app_id),
    CONSTRAINT fk_recheck_schedule_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_recheck_schedule_due ON recheck_schedule (due_at, app_id);
