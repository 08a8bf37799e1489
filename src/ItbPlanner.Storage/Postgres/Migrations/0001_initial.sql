-- ItbPlanner log on PostgreSQL, schema version 1: the same tables, columns and text forms as the SQLite log
-- (Migrations/0001_initial.sql), so an event's hash covers the same bytes in both stores and a log copied between
-- them verifies with the same head hashes. Text columns use the "C" collation: ids and moments sort byte by byte, as
-- in SQLite. Nothing is ever updated, deleted or truncated: the triggers below refuse it even for the tables' owner,
-- and the clinicians' and reviewers' roles (itb db init) hold no UPDATE, DELETE or TRUNCATE privilege at all.

CREATE FUNCTION itb_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = TG_ARGV[0];
END;
$$;

CREATE TABLE patients (
    id            text COLLATE "C" NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    registered_at text COLLATE "C" NOT NULL CHECK (length(registered_at) = 28)
);

CREATE TABLE events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id   text COLLATE "C" NOT NULL REFERENCES patients (id),
    seq          bigint NOT NULL CHECK (seq >= 1),
    occurred_at  text COLLATE "C" NOT NULL CHECK (length(occurred_at) = 28),
    recorded_at  text COLLATE "C" NOT NULL CHECK (length(recorded_at) = 28),
    author       text COLLATE "C" NOT NULL CHECK (length(author) >= 1),
    kind         text COLLATE "C" NOT NULL,
    payload      text COLLATE "C" NOT NULL CHECK (payload::jsonb IS NOT NULL),
    reason       text COLLATE "C",
    corrects_seq bigint CHECK (corrects_seq IS NULL OR (corrects_seq >= 1 AND corrects_seq < seq)),
    prev_hash    text COLLATE "C" NOT NULL CHECK (length(prev_hash) = 64),
    hash         text COLLATE "C" NOT NULL CHECK (length(hash) = 64)
);

-- One event per position in a patient's log: two writers can never both append seq N.
CREATE UNIQUE INDEX events_patient_seq ON events (patient_id, seq);

-- The newest event of a kind (current program, last refill) and kind filters.
CREATE INDEX events_patient_kind_seq ON events (patient_id, kind, seq);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('the log is append-only: events cannot be changed; record a correction instead');

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('the log is append-only: events cannot be deleted; record a correction instead');

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION itb_refuse_change('the log is append-only: events cannot be deleted; record a correction instead');

CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients
    FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('patients are registered once: record a patient-updated event to change their details');

CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
    FOR EACH ROW EXECUTE FUNCTION itb_refuse_change('patients are registered once and never deleted');

CREATE TRIGGER patients_no_truncate BEFORE TRUNCATE ON patients
    FOR EACH STATEMENT EXECUTE FUNCTION itb_refuse_change('patients are registered once and never deleted');
