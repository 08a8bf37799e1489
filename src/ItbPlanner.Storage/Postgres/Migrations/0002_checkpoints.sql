-- ItbPlanner log on PostgreSQL, schema version 2: a record of the signed checkpoints taken (as the SQLite log's
-- Migrations/0002_checkpoints.sql). Like the events, its rows are never changed, deleted or truncated.

CREATE TABLE checkpoints (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    taken_at  text COLLATE "C" NOT NULL CHECK (length(taken_at) = 28),
    digest    text COLLATE "C" NOT NULL CHECK (length(digest) = 64),
    key_id    text COLLATE "C" NOT NULL CHECK (length(key_id) >= 1),
    patients  bigint NOT NULL CHECK (patients >= 0),
    events    bigint NOT NULL CHECK (events >= 0)
);

CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
    FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('checkpoints are recorded once: take a new checkpoint instead');

CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
    FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('checkpoints are recorded once and never deleted');

CREATE TRIGGER checkpoints_no_truncate BEFORE TRUNCATE ON checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION itb_refuse_change('checkpoints are recorded once and never deleted');
