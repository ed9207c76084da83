-- Usage facts, one row per app and month (yyyy-MM, which sorts as text in month order). A month's row is replaced
-- only when its figures change; recorded_by and recorded_at tell who made the last change. Runs on MariaDB / MySQL
-- and on H2 in MODE=MySQL; "month" is a keyword in H2 2.x, hence usage_month.

CREATE TABLE app_usage_month (
    app_id               BIGINT      NOT NULL,
    usage_month          CHAR(7)     NOT NULL,
    monthly_active_users BIGINT      NOT NULL,
    audience_size        BIGINT      NOT NULL,
    last_update          DATE        NOT NULL,
    last_post            DATE        NOT NULL,
    services_answer      BOOLEAN     NOT NULL,
    recorded_by          VARCHAR(64) NOT NULL,
    recorded_at          DATETIME(3) NOT NULL,
    CONSTRAINT pk_app_usage_month PRIMARY KEY (app_id, usage_month),
    CONSTRAINT fk_app_usage_month_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
