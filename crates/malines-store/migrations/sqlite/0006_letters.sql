-- Sealed letters between members (SPEC §5, §6): messages, receipts, orders and their answers.

-- Hub: letters waiting for their recipient. Opaque: the envelope holds the letter's id, the two
-- member codes, and the HPKE ciphertext. A letter leaves once its recipient confirms it has it.
CREATE TABLE hub_mail (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL UNIQUE,
    sender      TEXT    NOT NULL,
    recipient   TEXT    NOT NULL,
    envelope    TEXT    NOT NULL,
    -- SHA-256 of the envelope: the same letter sent twice is taken once.
    digest      TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    received_at TEXT    NOT NULL
);
CREATE INDEX hub_mail_by_recipient ON hub_mail (recipient, seq);

-- Node or provider: every letter sent or received, as signed (so that it can be shown to a
-- third party), with its body readable here. `envelope` holds an outgoing letter's ciphertext
-- until the hub has taken it.
CREATE TABLE letters (
    id           TEXT    PRIMARY KEY,
    direction    TEXT    NOT NULL CHECK (direction IN ('in', 'out')),
    counterpart  TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    -- The conversation or order the letter belongs to.
    thread       TEXT    NOT NULL,
    -- Who wrote it: a user of this node (out), or the signatory the letter names (in).
    author       TEXT    NOT NULL,
    signed       TEXT    NOT NULL,
    signature    TEXT    NOT NULL,
    at           TEXT    NOT NULL,
    envelope     TEXT,
    sent_at      TEXT,
    -- Out: the recipient's receipts. In: when this node took it, and first read it.
    delivered_at TEXT,
    read_at      TEXT,
    read_by      TEXT
);
CREATE INDEX letters_by_thread ON letters (thread, at);
CREATE INDEX letters_to_send ON letters (direction, sent_at);
