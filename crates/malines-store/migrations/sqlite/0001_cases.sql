-- Case data of one node (SPEC §3). Dates are ISO text; lists of short values are JSON arrays.
CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    authority           TEXT    NOT NULL,
    reference           TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    offences            TEXT    NOT NULL DEFAULT '[]',
    legal_qualification TEXT,
    terrorism_type      TEXT    NOT NULL,
    group_affiliation   TEXT,
    stage               TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    opened_on           TEXT    NOT NULL,
    review_due          TEXT    NOT NULL,
    content_hash        TEXT    NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    UNIQUE (authority, reference)
);

CREATE TABLE case_team (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    username TEXT    NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, username)
);
CREATE INDEX case_team_by_user ON case_team (username);

CREATE TABLE persons (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    subject_ref          TEXT    NOT NULL,
    position             INTEGER NOT NULL,
    family_names         TEXT,
    given_names          TEXT,
    original_script_name TEXT,
    aliases              TEXT    NOT NULL DEFAULT '[]',
    birth_date           TEXT,
    place_of_birth       TEXT,
    nationalities        TEXT    NOT NULL DEFAULT '[]',
    sex                  TEXT    NOT NULL,
    residence            TEXT,
    shared               BOOLEAN NOT NULL,
    UNIQUE (case_id, subject_ref)
);

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    subject_ref TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    aliases     TEXT    NOT NULL DEFAULT '[]',
    shared      BOOLEAN NOT NULL,
    UNIQUE (case_id, subject_ref)
);

-- `subject_ref` ties an identifier to a person or organisation of the same case.
CREATE TABLE identifiers (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    subject_ref TEXT,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    shared      BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX identifiers_unique ON identifiers (case_id, kind, value, COALESCE(subject_ref, ''));
CREATE INDEX identifiers_by_value ON identifiers (kind, value);
