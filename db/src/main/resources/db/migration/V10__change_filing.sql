-- Change filing (变更备案): one row per change of a filed app, with the form as filed and as proposed (the old and the
-- new values), every step it took, and the reviewers' decisions. Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

CREATE TABLE change_filing (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    app_id                   BIGINT       NOT NULL,
    app_name                 VARCHAR(100) NOT NULL,
    filing_number            VARCHAR(40)  NOT NULL,
    -- the unit that holds the filing while the change is decided (its offices review it), and its division path
    owner_unit_code          VARCHAR(20)  NOT NULL,
    owner_division_path      VARCHAR(120) NOT NULL,
    proposed_owner_unit_code VARCHAR(20)  NOT NULL,
    previous_form_json       LONGTEXT     NOT NULL,
    proposed_form_json       LONGTEXT     NOT NULL,
    effective_date           DATE         NOT NULL,
    explanation              TEXT,
    -- FormSection names, comma-separated, in the order of the form
    changed_sections         VARCHAR(200) NOT NULL,
    findings_json            LONGTEXT     NOT NULL,
    gaps_json                LONGTEXT     NOT NULL,
    state                    VARCHAR(16)  NOT NULL,
    state_since              DATETIME(3)  NOT NULL,
    -- the app's id while the change is open (UNDER_REVIEW or RETURNED), NULL once decided: with the unique key below
    -- an app has at most one open change, whatever two requests do at the same moment (NULLs do not collide)
    open_app_id              BIGINT,
    filed_by                 VARCHAR(64)  NOT NULL,
    filed_at                 DATETIME(3)  NOT NULL,
    submitted_by             VARCHAR(64)  NOT NULL,
    submitted_at             DATETIME(3)  NOT NULL,
    decided_by               VARCHAR(64),
    decided_at               DATETIME(3),
    -- optimistic lock: an update names the version it was loaded at
    version                  INT          NOT NULL,
    CONSTRAINT pk_change_filing PRIMARY KEY (id),
    CONSTRAINT uq_change_filing_open UNIQUE (open_app_id),
    CONSTRAINT fk_change_filing_app FOREIGN KEY (app_id) REFERENCES app (id),
    CONSTRAINT fk_change_filing_owner FOREIGN KEY (owner_unit_code) REFERENCES unit (code),
    CONSTRAINT fk_change_filing_proposed_owner FOREIGN KEY (proposed_owner_unit_code) REFERENCES unit (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_change_filing_app ON change_filing (app_id, id);
CREATE INDEX ix_change_filing_scope ON change_filing (owner_division_path, state);

CREATE TABLE change_filing_step (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    change_id  BIGINT      NOT NULL,
    from_state VARCHAR(16),
    to_state   VARCHAR(16) NOT NULL,
    action     VARCHAR(32) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    at         DATETIME(3) NOT NULL,
    note       TEXT,
    CONSTRAINT pk_change_filing_step PRIMARY KEY (id),
    CONSTRAINT fk_change_filing_step_change FOREIGN KEY (change_id) REFERENCES change_filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_change_filing_step_change ON change_filing_step (change_id, id);

CREATE TABLE change_review (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    change_id BIGINT      NOT NULL,
    step      VARCHAR(24) NOT NULL,
    decision  VARCHAR(16) NOT NULL,
    comment   TEXT,
    gaps_json LONGTEXT    NOT NULL,
    reviewer  VARCHAR(64) NOT NULL,
    at        DATETIME(3) NOT NULL,
    CONSTRAINT pk_change_review PRIMARY KEY (id),
    CONSTRAINT fk_change_review_change FOREIGN KEY (change_id) REFERENCES change_filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_change_review_change ON change_review (change_id, id);
