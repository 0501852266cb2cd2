-- Users of a node (SPEC §1) and their sessions in the web interface.
CREATE TABLE users (
    username       TEXT    PRIMARY KEY,
    display_name   TEXT    NOT NULL,
    role           TEXT    NOT NULL,
    -- Argon2id, PHC string.
    password_hash  TEXT    NOT NULL,
    -- TOTP secret, base32. Readable by whoever reads this database, like the case data
    -- itself: the database is the node's to protect.
    totp_secret    TEXT    NOT NULL,
    -- The last TOTP step a code was accepted at: a code is good once.
    totp_last_step BIGINT,
    locale         TEXT,
    -- Set by whoever created or reset the account: at the next sign-in the user chooses their
    -- own password and enrols a new TOTP secret, so the administrator knows neither.
    must_enrol     BOOLEAN NOT NULL DEFAULT FALSE,
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- A session is known by the SHA-256 of its cookie's token: reading this table does not
-- give anyone a session.
CREATE TABLE sessions (
    id_hash       TEXT    PRIMARY KEY,
    username      TEXT    NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    -- The token every form of this session carries (CSRF).
    csrf          TEXT    NOT NULL,
    -- False between the password and the second factor.
    authenticated BOOLEAN NOT NULL,
    created_at    TEXT NOT NULL,
    last_seen     TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (username);

-- Who last changed how a link is handled, and when.
ALTER TABLE node_links ADD COLUMN status_by TEXT;
ALTER TABLE node_links ADD COLUMN status_at TEXT;
