-- Notices (通知): durable messages to a group (e.g. supervisor:420100, the supervisors of Wuhan) or one user
-- (user:<username>), such as a missed self-inspection escalated to the supervisors. One event (kind and subject) reaches
-- each recipient once, so that a retried job never posts twice. Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

CREATE TABLE notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient    VARCHAR(80)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    subject_type VARCHAR(24)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    -- the app the subject concerns, if any
    app_id       BIGINT,
    body         VARCHAR(1000) NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    -- the first reader of the group; null while unread
    read_at      DATETIME(3),
    read_by      VARCHAR(64),
    CONSTRAINT pk_notice PRIMARY KEY (id),
    CONSTRAINT uq_notice_event UNIQUE (kind, subject_type, subject_id, recipient),
    CONSTRAINT fk_notice_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_notice_recipient ON notice (recipient, created_at);
