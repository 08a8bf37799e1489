-- ItbPlanner log, schema version 1.
--
-- Moments are UTC text in one fixed-width form (2026-11-21T09:30:00.0000000Z), so text order is time order.
-- Payloads are compact JSON whose quantities are exact decimal numbers in the unit their field names spell
-- (doseMcgPerDay, concentrationMcgPerMl, aspiratedMl): no quantity is ever stored as a float.
-- Nothing is ever updated or deleted: triggers refuse it. A change is a new event (a correction points at the
-- event it corrects; a patient-updated event holds a patient's new details).

-- A patient is registered once: the row anchors the foreign key and never changes. Their details live in the
-- payload of their newest patient-registered or patient-updated event, where the hash chain protects them.
CREATE TABLE patients (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    registered_at TEXT    NOT NULL CHECK (length(registered_at) = 28)
);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    patient_id   TEXT    NOT NULL REFERENCES patients (id),
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    occurred_at  TEXT    NOT NULL CHECK (length(occurred_at) = 28),
    recorded_at  TEXT    NOT NULL CHECK (length(recorded_at) = 28),
    author       TEXT    NOT NULL CHECK (length(author) >= 1),
    kind         TEXT    NOT NULL,
    payload      TEXT    NOT NULL CHECK (json_valid(payload)),
    reason       TEXT,
    corrects_seq INTEGER CHECK (corrects_seq IS NULL OR (corrects_seq >= 1 AND corrects_seq < seq)),
    prev_hash    TEXT    NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT    NOT NULL CHECK (length(hash) = 64)
);

-- One event per position in a patient's log: two writers can never both append seq N.
CREATE UNIQUE INDEX events_patient_seq ON events (patient_id, seq);

-- The newest event of a kind (current program, last refill) and kind filters.
CREATE INDEX events_patient_kind_seq ON events (patient_id, kind, seq);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the log is append-only: events cannot be changed; record a correction instead');
END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the log is append-only: events cannot be deleted; record a correction instead');
END;

CREATE TRIGGER patients_no_update BEFORE UPDATE ON patients
BEGIN
    SELECT RAISE(ABORT, 'patients are registered once: record a patient-updated event to change their details');
END;

CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
BEGIN
    SELECT RAISE(ABORT, 'patients are registered once and never deleted');
END;
