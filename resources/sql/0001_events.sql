-- Usage log v1: anonymous events only. No names, no free text, no paths, no persistent ids.
-- hour: whole hours since 1970-01-01 00:00 UTC (coarse on purpose: nothing finer is kept).
-- type: an event name from app/core/usage/usageevent.h.
-- item: an id from the app's own catalogue (a pattern id, a tip id), or NULL.
-- value: a small number (seconds, an answer code), or NULL.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    hour INTEGER NOT NULL,
    type TEXT NOT NULL,
    item TEXT,
    value INTEGER
);
CREATE INDEX events_hour ON events (hour);
