-- Usage log v3: the same events, plus running totals so that My pauses and the export read a few
-- thousand rows instead of every event (1,000,000 events: from about 100 ms to a few ms), and a
-- small table of facts about the log itself (for retention's clock check). Nothing new is
-- recorded: the totals are sums of what events already holds, at the same hour precision.
-- hourly: events per type and hour (pauses per week and time of day, the weekly export).
CREATE TABLE hourly (
    type INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (type, hour)
) WITHOUT ROWID;
INSERT INTO hourly (type, hour, n) SELECT type, hour, count(*) FROM events GROUP BY type, hour;
-- items: events per type and item (how people felt, exercises, tips that helped).
CREATE TABLE items (
    type INTEGER NOT NULL,
    item INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (type, item)
) WITHOUT ROWID;
INSERT INTO items (type, item, n)
    SELECT type, item, count(*) FROM events WHERE item IS NOT NULL GROUP BY type, item;
-- Kept in step with every new event; retention and deleting everything update them as well.
CREATE TRIGGER events_totals AFTER INSERT ON events BEGIN
    INSERT INTO hourly (type, hour, n) VALUES (NEW.type, NEW.hour, 1)
        ON CONFLICT (type, hour) DO UPDATE SET n = n + 1;
    INSERT INTO items (type, item, n) SELECT NEW.type, NEW.item, 1 WHERE NEW.item IS NOT NULL
        ON CONFLICT (type, item) DO UPDATE SET n = n + 1;
END;
-- The top lists now read items: the second index on events is no longer needed.
DROP INDEX events_type_item;
-- meta: facts about the log, for example the last hour at which the clock was trusted.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value INTEGER
) WITHOUT ROWID;
