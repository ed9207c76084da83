-- Evidence files on ledger items (整改佐证), kept in the database with the record they prove: one row describing each
-- file (its safe name, the type told by its content, its size and SHA-256, who attached it, when) and its bytes in
-- parts of at most 1 MiB. Rows are only ever inserted. Runs on H2 (MODE=MySQL, where LONGBLOB is a BLOB) and
-- MariaDB/MySQL alike.
--
-- Why parts: Connector/J sends a byte[] parameter hex-encoded inside the statement, so one 10 MiB value makes a
-- 20 MiB packet, over MariaDB's default max_allowed_packet (16 MiB); and MySQL 8 refuses a BLOB written in one
-- piece larger than 10% of its redo log. A part of 1 MiB stays far below both, whatever the configured file limit
-- (fingertip.attachments.max-size), with no server setting to remember.

CREATE TABLE ledger_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    item_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    -- lower-case hex, computed on upload and checked again on every download
    sha256       CHAR(64)     NOT NULL,
    uploaded_as  VARCHAR(16)  NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_ledger_attachment PRIMARY KEY (id),
    CONSTRAINT fk_ledger_attachment_item FOREIGN KEY (item_id) REFERENCES ledger_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_ledger_attachment_item ON ledger_attachment (item_id, id);

CREATE TABLE ledger_attachment_part (
    attachment_id BIGINT   NOT NULL,
    -- 0, 1, 2 …: the bytes are the parts in this order
    part_no       INT      NOT NULL,
    content       LONGBLOB NOT NULL,
    CONSTRAINT pk_ledger_attachment_part PRIMARY KEY (attachment_id, part_no),
    CONSTRAINT fk_ledger_attachment_part FOREIGN KEY (attachment_id) REFERENCES ledger_attachment (id)
) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;
