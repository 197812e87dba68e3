-- Portable between SQLite and PostgreSQL: dates stay ISO text because event dates may be
-- partial (2021, 2021-12); timestamps are ISO-8601 instants as text for the same reason.

CREATE TABLE places (
    place            TEXT             NOT NULL PRIMARY KEY,
    name             TEXT,
    status           TEXT,
    since            TEXT,
    as_of            TEXT,
    expected_status  TEXT,
    expected_by      TEXT,
    expected_overdue BOOLEAN,
    sources          INTEGER          NOT NULL,
    stories          INTEGER          NOT NULL,
    conflict         BOOLEAN          NOT NULL,
    approximate      BOOLEAN          NOT NULL,
    inherited_from   TEXT,
    evidence_json    TEXT,
    version          BIGINT           NOT NULL,
    updated_at       TEXT             NOT NULL
);

CREATE TABLE place_history (
    place            TEXT             NOT NULL,
    article_id       TEXT,
    story_id         TEXT,
    source           TEXT,
    sources          INTEGER          NOT NULL,
    status           TEXT             NOT NULL,
    modality         TEXT,
    event_date       TEXT,
    date_precision   TEXT,
    published_at     TEXT,
    not_before       TEXT,
    evidence         TEXT,
    speaker          TEXT,
    start_offset     INTEGER          NOT NULL,
    end_offset       INTEGER          NOT NULL,
    confidence       DOUBLE PRECISION NOT NULL,
    recorded_at      TEXT             NOT NULL
);

-- NULLs are distinct in a plain UNIQUE constraint (in both databases), so a replayed claim
-- without an event date would be stored twice; COALESCE makes NULL count as one value.
CREATE UNIQUE INDEX place_history_claim ON place_history (
    place, COALESCE(article_id, ''), status, COALESCE(modality, ''), COALESCE(event_date, ''), start_offset);

CREATE TABLE status_changes (
    place            TEXT             NOT NULL,
    from_status      TEXT,
    to_status        TEXT             NOT NULL,
    effective_date   TEXT,
    detected_at      TEXT,
    evidence_json    TEXT
);

CREATE UNIQUE INDEX status_changes_transition ON status_changes (
    place, COALESCE(from_status, ''), to_status, COALESCE(effective_date, ''));

