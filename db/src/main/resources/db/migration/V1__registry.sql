-- The application's own tables. Runs unchanged on MariaDB 10.11 / MySQL and on H2 in MODE=MySQL:
-- no dialect-only types (LONGTEXT, LONGBLOB, DATETIME(3) and BOOLEAN are understood by both), and the table
-- options are MySQL's, which H2 accepts in that mode. Instants are stored as DATETIME(3) in the JVM's zone.
-- "year" is a keyword in H2 2.x, so the sequence's year column is called filing_year.

-- ---- department tree -------------------------------------------------------------------------------------------

CREATE TABLE division (
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(12),
    -- codes from the province down, e.g. /420000/420100/420102/: "within" is a prefix test on an index
    path        VARCHAR(120) NOT NULL,
    CONSTRAINT pk_division PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_division_path ON division (path);

CREATE TABLE unit (
    code          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    division_code VARCHAR(12)  NOT NULL,
    CONSTRAINT pk_unit PRIMARY KEY (code),
    CONSTRAINT fk_unit_division FOREIGN KEY (division_code) REFERENCES division (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ---- apps --------------------------------------------------------------------------------------------------------

CREATE TABLE app (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    name                VARCHAR(100),
    kind                VARCHAR(24),
    audience            VARCHAR(16),
    owner_unit_code     VARCHAR(20)  NOT NULL,
    -- the owner's division path, copied here so that jurisdiction (subtree) queries need no join
    owner_division_path VARCHAR(120) NOT NULL,
    level               VARCHAR(16)  NOT NULL,
    status              VARCHAR(24)  NOT NULL,
    status_since        DATETIME(3)  NOT NULL,
    filing_number       VARCHAR(40),
    filed_at            DATETIME(3),
    form_json           LONGTEXT     NOT NULL,
    findings_json       LONGTEXT     NOT NULL,
    gaps_json           LONGTEXT     NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    submitted_by        VARCHAR(64),
    previous_app_id     BIGINT,
    -- optimistic lock: an update names the version it was loaded at
    version             INT          NOT NULL,
    CONSTRAINT pk_app PRIMARY KEY (id),
    CONSTRAINT uq_app_filing_number UNIQUE (filing_number),
    CONSTRAINT fk_app_owner_unit FOREIGN KEY (owner_unit_code) REFERENCES unit (code),
    CONSTRAINT fk_app_previous FOREIGN KEY (previous_app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_app_scope_status ON app (owner_division_path, status);
CREATE INDEX ix_app_status_since ON app (status_since, id);

-- the functions of each app's form, one row each, rewritten on every save: the duplicate check reads them
CREATE TABLE app_function (
    app_id          BIGINT       NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(100),
    normalised_name VARCHAR(100) NOT NULL,
    category        VARCHAR(24),
    CONSTRAINT pk_app_function PRIMARY KEY (app_id, position),
    CONSTRAINT fk_app_function_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_app_function_normalised ON app_function (normalised_name);

CREATE TABLE app_status_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    app_id      BIGINT        NOT NULL,
    from_status VARCHAR(24),
    to_status   VARCHAR(24)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    at          DATETIME(3)   NOT NULL,
    -- 4000, not 2000: the core prefixes a reviewer's comment (up to 2000 characters) with the step's label
    reason      VARCHAR(4000),
    CONSTRAINT pk_app_status_change PRIMARY KEY (id),
    CONSTRAINT fk_app_status_change_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_app_status_change_app ON app_status_change (app_id, id);

-- ---- review and filing -------------------------------------------------------------------------------------------

CREATE TABLE review (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    app_id    BIGINT      NOT NULL,
    step      VARCHAR(24) NOT NULL,
    decision  VARCHAR(16) NOT NULL,
    comment   TEXT,
    gaps_json LONGTEXT    NOT NULL,
    reviewer  VARCHAR(64) NOT NULL,
    at        DATETIME(3) NOT NULL,
    CONSTRAINT pk_review PRIMARY KEY (id),
    CONSTRAINT fk_review_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_review_app ON review (app_id, id);

-- one counter per province and year; the row lock taken by the increment serialises concurrent approvals
CREATE TABLE filing_sequence (
    province_code VARCHAR(12) NOT NULL,
    filing_year   INT         NOT NULL,
    last_value    BIGINT      NOT NULL,
    CONSTRAINT pk_filing_sequence PRIMARY KEY (province_code, filing_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ---- pre-check ---------------------------------------------------------------------------------------------------

-- the function catalogue of each province's unified platform
CREATE TABLE platform_function (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    province_code   VARCHAR(12)  NOT NULL,
    platform_name   VARCHAR(100) NOT NULL,
    function_name   VARCHAR(100) NOT NULL,
    normalised_name VARCHAR(100) NOT NULL,
    CONSTRAINT pk_platform_function PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_platform_function_name ON platform_function (province_code, normalised_name);

-- ---- users -------------------------------------------------------------------------------------------------------

CREATE TABLE user_account (
    username          VARCHAR(64)  NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    display_name      VARCHAR(100) NOT NULL,
    unit_code         VARCHAR(20),
    jurisdiction_code VARCHAR(12),
    enabled           BOOLEAN      NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE user_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(24) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_account FOREIGN KEY (username) REFERENCES user_account (username) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- ---- Spring Session JDBC -----------------------------------------------------------------------------------------
-- Spring Session 3.5's schema-mysql.sql, names and columns unchanged (upper case: MariaDB on Linux compares table
-- names case-sensitively). ATTRIBUTE_BYTES is LONGBLOB rather than BLOB (64 KiB) so that a large serialized
-- security context still fits; H2 reads LONGBLOB as BLOB.

CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    LONGBLOB     NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;
