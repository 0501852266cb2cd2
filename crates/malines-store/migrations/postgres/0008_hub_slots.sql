-- Hub: records keyed by the hub's own row number (`slot`), given in order of arrival, in
-- place of (authority, record); same as the SQLite schema. Record tokens are random, so
-- every batch of thousands of new records rewrote most pages of that key's index. The hub,
-- the only writer of this table, keeps one row per authority and record: its index maps each
-- to its slot. Existing rows are numbered in the order they were last written.
ALTER TABLE hub_records ADD COLUMN slot BIGINT;
UPDATE hub_records AS h SET slot = n.slot
    FROM (SELECT authority, record,
                 row_number() OVER (ORDER BY updated_at, authority, record) AS slot
          FROM hub_records) AS n
    WHERE h.authority = n.authority AND h.record = n.record;
ALTER TABLE hub_records DROP CONSTRAINT hub_records_pkey;
ALTER TABLE hub_records ALTER COLUMN slot SET NOT NULL;
ALTER TABLE hub_records ADD PRIMARY KEY (slot);
