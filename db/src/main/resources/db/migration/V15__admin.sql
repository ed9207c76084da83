-- The administrator's area (管理员): the record of every administrative change, units merged into another (kept for
-- history, refused for new filings and users), a password an administrator reset that must be changed at the next
-- login, and the durations of human tasks an administrator changed (overriding the configured defaults on every
-- node). Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

-- Only ever added to. No key to user_account or unit: the record outlives any change to them.
CREATE TABLE admin_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    changed_at  DATETIME(3)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    -- AdminAction names (UNIT_MERGE, USER_RESET_PASSWORD, …)
    action      VARCHAR(32)  NOT NULL,
    -- what was changed: AdminObject names (UNIT, USER, …) and the object's key (a unit code, a username, a year)
    object_kind VARCHAR(24)  NOT NULL,
    object_key  VARCHAR(120) NOT NULL,
    -- TEXT: a merge lists what moved
    detail      TEXT         NOT NULL,
    CONSTRAINT pk_admin_change PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_admin_change_at ON admin_change (changed_at, id);
CREATE INDEX ix_admin_change_object ON admin_change (object_kind, object_key, id);

-- a unit merged into another: its apps, users and open cases went there; it stays, for history
ALTER TABLE unit ADD COLUMN merged_into VARCHAR(20);
ALTER TABLE unit ADD COLUMN merged_at DATETIME(3);
ALTER TABLE unit ADD CONSTRAINT fk_unit_merged_into FOREIGN KEY (merged_into) REFERENCES unit (code);

-- set when an administrator resets the password: the next page login leads to the change-password page and nowhere
-- else until it is changed
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- a duration of the durations table an administrator set (DurationKey names), in working days; without a row the
-- configured default applies. Every node reads them again every fingertip.calendar.refresh-interval.
CREATE TABLE duration_setting (
    setting_key  VARCHAR(40)  NOT NULL,
    working_days INT          NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_duration_setting PRIMARY KEY (setting_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- the catalogue page lists a platform's functions by province and platform
CREATE INDEX ix_platform_function_platform ON platform_function (province_code, platform_name, function_name);
