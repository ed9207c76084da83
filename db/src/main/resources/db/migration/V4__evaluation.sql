-- Evaluation feedback (评价反馈): ratings and the burdens reported with them. The reporter is always kept; anonymity
-- only hides it from the owner unit. Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

CREATE TABLE evaluation (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    app_id             BIGINT       NOT NULL,
    reporter           VARCHAR(64)  NOT NULL,
    reporter_unit_code VARCHAR(20),
    rating             INT          NOT NULL,
    comment            VARCHAR(1000),
    anonymous          BOOLEAN      NOT NULL,
    at                 DATETIME(3)  NOT NULL,
    CONSTRAINT pk_evaluation PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_evaluation_app ON evaluation (app_id, at);

-- one row per burden of an evaluation, so that distinct reporters per app and window are one indexed query
CREATE TABLE evaluation_burden (
    evaluation_id BIGINT      NOT NULL,
    app_id        BIGINT      NOT NULL,
    reporter      VARCHAR(64) NOT NULL,
    category      VARCHAR(32) NOT NULL,
    at            DATETIME(3) NOT NULL,
    CONSTRAINT pk_evaluation_burden PRIMARY KEY (evaluation_id, category),
    CONSTRAINT fk_evaluation_burden FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_evaluation_burden_app ON evaluation_burden (app_id, at);
