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
    size      BIGINT      PRIMARY KEY,
    member    TEXT        NOT NULL,
    root      TEXT        NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    signature TEXT        NOT NULL
);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit ledger is append-only';
END;
$$;

CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_nodes_append_only BEFORE UPDATE OR DELETE ON audit_nodes
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_heads_append_only BEFORE UPDATE OR DELETE ON audit_heads
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_nodes_no_truncate BEFORE TRUNCATE ON audit_nodes
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
