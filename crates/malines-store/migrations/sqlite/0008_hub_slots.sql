-- Hub: records keyed by the hub's own row number (`slot`), given in order of arrival, in
-- place of (authority, record). Record tokens are random, so every batch of thousands of
-- new records rewrote most pages of that key's index; new rows are now appended. The hub,
-- the only writer of this table, keeps one row per authority and record: its index maps each
-- to its slot. Existing rows keep their order of arrival (their rowid).
CREATE TABLE hub_records_by_slot (
    slot       INTEGER PRIMARY KEY,
    authority  TEXT    NOT NULL,
    record     TEXT    NOT NULL,
    case_token TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    epoch      INTEGER NOT NULL,
    payload    TEXT,
    updated_at TEXT    NOT NULL
);
INSERT INTO hub_records_by_slot (slot, authority, record, case_token, version, epoch, payload, updated_at)
    SELECT row_number() OVER (ORDER BY rowid), authority, record, case_token, version, epoch, payload, updated_at
    FROM hub_records;
DROP TABLE hub_records;
ALTER TABLE hub_records_by_slot RENAME TO hub_records;
