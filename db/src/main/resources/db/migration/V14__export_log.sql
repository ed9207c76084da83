-- The record of exports (导出记录): who took which list out as a file, with which filters (in words, as the user gave
-- them), how many data rows, and when. Rows are only ever added. No key to user_account: the record of what left the
-- system outlives any change to the accounts. Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

CREATE TABLE export_log (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    username    VARCHAR(64) NOT NULL,
    -- the list's key: apps, ledger, exits, backlog, rechecks-apps, …
    list_key    VARCHAR(40) NOT NULL,
    -- TEXT: the filters are the request's own words, bounded only by the length of a URL
    filters     TEXT        NOT NULL,
    row_count   BIGINT      NOT NULL,
    exported_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_export_log PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_export_log_user ON export_log (username, exported_at);
CREATE INDEX ix_export_log_at ON export_log (exported_at);
