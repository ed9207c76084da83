-- The record of human work, beside the engine's own tables and written in the engine's transaction: one row per user
-- task of any process (work_task), so that inboxes are filtered, counted and paged by what users ask (process, task
-- type, app, department, due state) and finished work keeps who decided what; the reminders sent on tasks (at most one
-- per task and calendar day, the unique key says so), what was done to each task (task_event), tasks copied to
-- someone for information (task_copy: escalations to supervisors, decisions to the owner unit), the comment thread of
-- each case, and the holiday arrangements added while running. Runs on H2 (MODE=MySQL) and MariaDB/MySQL alike.

CREATE TABLE work_task (
    task_id             VARCHAR(64)   NOT NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    process_key         VARCHAR(64)   NOT NULL,
    task_key            VARCHAR(64)   NOT NULL,
    name                VARCHAR(255)  NOT NULL,
    app_id              BIGINT,
    app_name            VARCHAR(255),
    -- the app's owner unit and the path of its division (/420000/420100/), for department filters
    unit_code           VARCHAR(20),
    division_path       VARCHAR(255),
    candidate_group     VARCHAR(80),
    assignee            VARCHAR(64),
    -- who delegated the task (it comes back to them); null unless delegated
    owner               VARCHAR(64),
    delegated           BOOLEAN       NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    due_at              DATETIME(3),
    follow_up_at        DATETIME(3),
    -- the working days the due date counts from creation; null when the process gave the date
    due_working_days    INT,
    state               VARCHAR(16)   NOT NULL,
    ended_at            DATETIME(3),
    ended_by            VARCHAR(64),
    outcome             VARCHAR(500),
    CONSTRAINT pk_work_task PRIMARY KEY (task_id),
    CONSTRAINT fk_work_task_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_work_task_group ON work_task (state, candidate_group, due_at);
CREATE INDEX ix_work_task_assignee ON work_task (state, assignee, due_at);
CREATE INDEX ix_work_task_owner ON work_task (state, owner);
CREATE INDEX ix_work_task_due ON work_task (state, due_at);
CREATE INDEX ix_work_task_ended ON work_task (ended_by, ended_at);
CREATE INDEX ix_work_task_app ON work_task (app_id, created_at);

CREATE TABLE task_reminder (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    task_id      VARCHAR(64)  NOT NULL,
    app_id       BIGINT,
    kind         VARCHAR(16)  NOT NULL,
    -- the calendar day in Asia/Shanghai: one reminder per task and day, automatic or urged
    reminder_day DATE         NOT NULL,
    sent_by      VARCHAR(64)  NOT NULL,
    recipient    VARCHAR(80)  NOT NULL,
    note         VARCHAR(500),
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_task_reminder PRIMARY KEY (id),
    CONSTRAINT uq_task_reminder_day UNIQUE (task_id, reminder_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_task_reminder_app ON task_reminder (app_id, created_at);

CREATE TABLE task_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    task_id    VARCHAR(64)   NOT NULL,
    app_id     BIGINT,
    task_name  VARCHAR(255),
    kind       VARCHAR(16)   NOT NULL,
    actor      VARCHAR(64)   NOT NULL,
    target     VARCHAR(80),
    note       VARCHAR(1000),
    created_at DATETIME(3)   NOT NULL,
    CONSTRAINT pk_task_event PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_task_event_task ON task_event (task_id, id);
CREATE INDEX ix_task_event_app ON task_event (app_id, id);

CREATE TABLE task_copy (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    task_id       VARCHAR(64)   NOT NULL,
    app_id        BIGINT,
    recipient     VARCHAR(80)   NOT NULL,
    -- an escalation's division: the supervisors of it and above read the copy
    division_path VARCHAR(255),
    reason        VARCHAR(16)   NOT NULL,
    note          VARCHAR(1000),
    created_at    DATETIME(3)   NOT NULL,
    CONSTRAINT pk_task_copy PRIMARY KEY (id),
    CONSTRAINT uq_task_copy UNIQUE (task_id, recipient, reason)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_task_copy_recipient ON task_copy (recipient, task_id);
CREATE INDEX ix_task_copy_division ON task_copy (reason, division_path);

CREATE TABLE case_comment (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    app_id     BIGINT        NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    CONSTRAINT pk_case_comment PRIMARY KEY (id),
    CONSTRAINT fk_case_comment_app FOREIGN KEY (app_id) REFERENCES app (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_case_comment_app ON case_comment (app_id, id);

-- A year's official holiday arrangement added or replaced while running (the bundled files give the years known at
-- build time): its days off and its weekend working days (调休), and who changed it when.
CREATE TABLE holiday_year (
    calendar_year INT          NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_holiday_year PRIMARY KEY (calendar_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE holiday_day (
    holiday_date  DATE         NOT NULL,
    calendar_year INT          NOT NULL,
    -- OFF: no work; WORK: a weekend working day
    kind          VARCHAR(8)   NOT NULL,
    CONSTRAINT pk_holiday_day PRIMARY KEY (holiday_date),
    CONSTRAINT fk_holiday_day_year FOREIGN KEY (calendar_year) REFERENCES holiday_year (calendar_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
