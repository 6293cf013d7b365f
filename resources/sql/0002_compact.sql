-- Usage log v2: the same anonymous events, stored compactly (about 40 bytes per event).
-- names: every type and item id that was ever logged, once; events refer to it by a small code.
-- Only ids from the app's own catalogue ever reach this table (UsageLog refuses anything else).
CREATE TABLE names (
    code INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO names (name) SELECT type FROM events UNION SELECT item FROM events WHERE item IS NOT NULL;
-- hour: whole hours since 1970-01-01 00:00 UTC; type and item: codes from names; value: small
-- number (seconds, a count) or NULL.
CREATE TABLE events_v2 (
    id INTEGER PRIMARY KEY,
    hour INTEGER NOT NULL,
    type INTEGER NOT NULL,
    item INTEGER,
    value INTEGER
);
INSERT INTO events_v2 (id, hour, type, item, value)
    SELECT e.id, e.hour, t.code, i.code, e.value
    FROM events e JOIN names t ON t.name = e.type LEFT JOIN names i ON i.name = e.item;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
-- Pauses per hour and week, exports and retention read (type, hour); the top lists read (type, item).
CREATE INDEX events_type_hour ON events (type, hour);
CREATE INDEX events_type_item ON events (type, item);
