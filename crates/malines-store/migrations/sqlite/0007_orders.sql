-- Disclosure and preservation orders (SPEC §6), at the authority that issues them and at the
-- provider that receives them.

-- In what capacity a user issues or validates orders: `prosecutor` or `judge`. NULL: none
-- (clerks, auditors, administrators).
ALTER TABLE users ADD COLUMN capacity TEXT;

CREATE TABLE orders (
    id              TEXT    PRIMARY KEY,
    -- `issued` (at the authority) or `received` (at the provider).
    side            TEXT    NOT NULL CHECK (side IN ('issued', 'received')),
    -- The authority's reference of the order.
    reference       TEXT    NOT NULL,
    -- The provider (issued) or the issuing authority (received).
    counterpart     TEXT    NOT NULL,
    -- The local case an issued order is about (its team handles it).
    case_ref        TEXT,
    status          TEXT    NOT NULL,
    urgency         TEXT    NOT NULL,
    -- The order's fields (OrderData, JSON).
    data            TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    validated_by    TEXT,
    validated_at    TEXT,
    -- The signed document as sent (JSON), and the letter that carried it.
    document        TEXT,
    letter          TEXT,
    sent_at         TEXT,
    received_at     TEXT,
    acknowledged_at TEXT,
    answered_at     TEXT,
    closed_at       TEXT,
    -- Past its deadline without an answer: when this was noticed.
    escalated_at    TEXT,
    -- The provider's objection or the receipt of the data package (JSON).
    answer          TEXT,
    -- At the provider: the checks' refusals (JSON list), empty when the order holds.
    verdict         TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (side, counterpart, reference)
);
CREATE INDEX orders_by_status ON orders (side, status);

-- Every step of an order, in order.
CREATE TABLE order_events (
    order_id TEXT    NOT NULL,
    seq      INTEGER NOT NULL,
    at       TEXT    NOT NULL,
    actor    TEXT    NOT NULL,
    step     TEXT    NOT NULL,
    detail   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, seq)
);
