-- ItbPlanner log, schema version 3: course snapshots (issue 13), a cache beside the log and never part of it.
--
-- One row per patient: their record read from the log (the course through the workflow, the program, fills, alarms,
-- dates) as compact JSON, with the chain head it was read up to, the snapshot format's version and the protocol's
-- fingerprint. An append or a read replays only the events after the head; a row whose head, version or protocol does
-- not match the chain is ignored and rebuilt from the log. Rows are replaced as the log grows and may be deleted at any
-- time without loss: unlike the events, this table has no append-only triggers, and nothing here is hashed or verified.

CREATE TABLE course_snapshots (
    patient_id TEXT    NOT NULL PRIMARY KEY,
    version    INTEGER NOT NULL,
    protocol   TEXT    NOT NULL,
    head_seq   INTEGER NOT NULL,
    head_hash  TEXT    NOT NULL,
    body       TEXT    NOT NULL
);
