-- ItbPlanner log, schema version 2: a record of the signed checkpoints taken.
--
-- The checkpoint file itself is the anchor (kept away from the log, signed with a key the log never holds); this
-- table only remembers that one was taken and when, so the schedule and the UI can say when the newest is too old.
-- Like the events, its rows are never changed or deleted.

CREATE TABLE checkpoints (
    id        INTEGER PRIMARY KEY,
    taken_at  TEXT    NOT NULL CHECK (length(taken_at) = 28),
    digest    TEXT    NOT NULL CHECK (length(digest) = 64),
    key_id    TEXT    NOT NULL CHECK (length(key_id) >= 1),
    patients  INTEGER NOT NULL CHECK (patients >= 0),
    events    INTEGER NOT NULL CHECK (events >= 0)
);

CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN
    SELECT RAISE(ABORT, 'checkpoints are recorded once: take a new checkpoint instead');
END;

CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN
    SELECT RAISE(ABORT, 'checkpoints are recorded once and never deleted');
END;
