-- Notifications (个人通知): one row per user and event (reminders, escalations, decisions, returns, copies, notices to
-- the user's post) in the in-app notification centre, and the outbox of their emails. Both are written in the
-- transaction of the event that causes them, so a step rolled back leaves neither behind; the emails go out from the
-- outbox afterwards, at least once. Users get an email address. (V12 is another feature's.) Runs on H2 (MODE=MySQL)
-- and MariaDB/MySQL alike.

-- where a user's emails go; null for none (then only the in-app centre)
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);

-- the members of a group (supervisor:420100, applicant:420100-007) are looked up by jurisdiction and by unit
CREATE INDEX ix_user_account_jurisdiction ON user_account (jurisdiction_code);
CREATE INDEX ix_user_account_unit ON user_account (unit_code);

CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    -- the username
    recipient  VARCHAR(64)   NOT NULL,
    kind       VARCHAR(24)   NOT NULL,
    -- names the event (e.g. notice:42): one notification per user and event, so a retried step never notifies twice
    event_key  VARCHAR(160)  NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    -- the app the event concerns, if any
    app_id     BIGINT,
    -- a page of ours, relative (/apps/12); null for none
    link       VARCHAR(300),
    created_at DATETIME(3)   NOT NULL,
    -- null while unread
    read_at    DATETIME(3),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_event UNIQUE (recipient, event_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (recipient) REFERENCES user_account (username),
    CONSTRAINT fk_notification_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- a user's list, its unread filter and the header's unread count
CREATE INDEX ix_notification_inbox ON notification (recipient, read_at, created_at);

-- the outbox: one row per notification and channel. PENDING → SENDING (claimed by one node under a lease) → SENT, or
-- back to PENDING after a failure with the next attempt backed off, or FAILED after the last attempt. While SENDING,
-- next_attempt_at is the lease's end: a row whose node died is due again then.
CREATE TABLE notification_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    notification_id BIGINT        NOT NULL,
    channel         VARCHAR(16)   NOT NULL,
    address         VARCHAR(254)  NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    -- attempts begun (a claim begins one)
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(3)   NOT NULL,
    lease_owner     VARCHAR(120),
    lease_until     DATETIME(3),
    last_error      VARCHAR(1000),
    sent_at         DATETIME(3),
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT pk_notification_delivery PRIMARY KEY (id),
    CONSTRAINT uq_notification_delivery UNIQUE (notification_id, channel),
    CONSTRAINT fk_notification_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- the due rows: PENDING or SENDING, earliest next attempt first
CREATE INDEX ix_notification_delivery_due ON notification_delivery (state, next_attempt_at);
