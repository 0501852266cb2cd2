-- The audit ledger (SPEC §7): append-only. Entries are the leaves of an RFC 9162 Merkle tree;
-- `audit_nodes` keeps the hashes of its complete subtrees (which never change); `audit_heads`
-- the signed tree heads. Updates and deletes are refused by triggers: whoever bypasses them
-- (by dropping a trigger) is caught by `malines audit verify`.
CREATE TABLE audit_entries (
    seq       BIGINT  PRIMARY KEY,
    -- The entry's canonical JSON: what its leaf hash is the hash of.
    body      TEXT    NOT NULL,
    leaf_hash TEXT    NOT NULL
);

CREATE TABLE audit_nodes (
    level INTEGER NOT NULL,
    idx   BIGINT  NOT NULL,
    hash  TEXT    NOT NULL,
    PRIMARY KEY (level, idx)
);

CREATE TABLE audit_heads (
    size      BIGINT  PRIMARY KEY,
    member    TEXT    NOT NULL,
    root      TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    signature TEXT    NOT NULL
);

CREATE TRIGGER audit_entries_append_only_u BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only'); END;
CREATE TRIGGER audit_entries_append_only_d BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only'); END;
CREATE TRIGGER audit_nodes_append_only_u BEFORE UPDATE ON audit_nodes
BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only'); END;
CREATE TRIGGER audit_nodes_append_only_d BEFORE DELETE ON audit_nodes
BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only'); END;
CREATE TRIGGER audit_heads_append_only_u BEFORE UPDATE ON audit_heads
BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only'); END;
CREATE TRIGGER audit_heads_append_only_d BEFORE DELETE ON audit_heads
BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only'); END;
