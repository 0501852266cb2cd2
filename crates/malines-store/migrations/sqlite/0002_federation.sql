-- Federation (SPEC §2, §4). A database serves either a hub or a node; each uses its own tables.

-- Hub: the encoded records of every member. No clear data: tokens, encodings, versions.
-- A deleted record keeps its row (payload NULL) so that an older version arriving late
-- cannot bring it back.
CREATE TABLE hub_records (
    authority  TEXT    NOT NULL,
    record     TEXT    NOT NULL,
    case_token TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    epoch      INTEGER NOT NULL,
    payload    TEXT,
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (authority, record)
);

-- Hub: links between cases of two authorities, (a_authority, a_case) < (b_authority, b_case).
-- `evidence` is the JSON list of matching record pairs, from a's side.
CREATE TABLE hub_links (
    id          TEXT    PRIMARY KEY,
    a_authority TEXT    NOT NULL,
    a_case      TEXT    NOT NULL,
    b_authority TEXT    NOT NULL,
    b_case      TEXT    NOT NULL,
    active      BOOLEAN NOT NULL,
    evidence    TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Hub: each member's feed of link events.
CREATE TABLE hub_events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    authority  TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX hub_events_by_member ON hub_events (authority, seq);

-- Node: the outbox. One row per record the hub has or should have: its payload (encoded,
-- never clear), the version last planned, and whether the hub has acknowledged it. A row
-- with `pending` survives restarts and outages until the hub acknowledges that version.
-- `label` says at the node (only) what the record is: `P1`, `phone +32470123456`.
CREATE TABLE node_outbox (
    record     TEXT    PRIMARY KEY,
    case_ref   TEXT    NOT NULL,
    case_token TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    payload    TEXT,
    digest     TEXT    NOT NULL,
    epoch      INTEGER NOT NULL,
    version    INTEGER NOT NULL,
    pending    BOOLEAN NOT NULL,
    -- Why the hub refused this version (the row then waits for a change of its case).
    refused    TEXT,
    updated_at TEXT    NOT NULL
);
CREATE INDEX node_outbox_by_case ON node_outbox (case_ref);
CREATE INDEX node_outbox_pending ON node_outbox (pending);

-- Node: what each case was last planned from (its content hash and the linkage epoch).
CREATE TABLE node_case_sync (
    case_ref TEXT    PRIMARY KEY,
    planned  TEXT    NOT NULL
);

-- Node: links read from the hub's feed, with how the users handled them.
CREATE TABLE node_links (
    id              TEXT    PRIMARY KEY,
    case_token      TEXT    NOT NULL,
    other_authority TEXT    NOT NULL,
    other_case      TEXT    NOT NULL,
    active          BOOLEAN NOT NULL,
    score           REAL    NOT NULL,
    evidence        TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    reason          TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX node_links_by_case ON node_links (case_token);

-- Node: small named values (the feed cursor).
CREATE TABLE node_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
