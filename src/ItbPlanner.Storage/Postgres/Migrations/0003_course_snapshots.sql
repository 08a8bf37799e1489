-- ItbPlanner log on PostgreSQL, schema version 3: course snapshots (issue 13), as the SQLite log's
-- Migrations/0003_course_snapshots.sql: a cache beside the log, never part of it. Rows are replaced as the log grows and
-- may be deleted at any time without loss, so this table has no append-only triggers; the writer role may update and
-- delete here (and only here).

CREATE TABLE course_snapshots (
    patient_id text COLLATE "C" NOT NULL PRIMARY KEY,
    version    integer NOT NULL,
    protocol   text COLLATE "C" NOT NULL,
    head_seq   bigint NOT NULL,
    head_hash  text COLLATE "C" NOT NULL,
    body       text NOT NULL
);
