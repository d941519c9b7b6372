-- Version 2: pledge_items checks its field, and report_items its status,
-- with plain comparisons. With an IN list of more than two values SQLite
-- built a lookup table for every row written: an import of 5.4 million
-- statuses spent a fifth of its work there, one of 450,000 pledge items a
-- quarter.
--
-- Both tables are made again under their own names (so that their
-- definitions read as in schema.sql) and their rows copied. The count
-- triggers and pledge_items' indexes go first (SQLite checks every trigger
-- when a table is renamed; index names are the schema's) and come back with
-- the new tables. Renaming pledge_items points report_items_v1 at
-- pledge_items_v1, which goes last.

DROP TRIGGER reports_count;
DROP TRIGGER report_items_count;
DROP TRIGGER report_items_uncount;
DROP TRIGGER report_items_recount;
DROP INDEX pledge_items_year;
DROP INDEX pledge_items_field;
DROP INDEX pledge_items_model;

ALTER TABLE report_items RENAME TO report_items_v1;
ALTER TABLE pledge_items RENAME TO pledge_items_v1;

CREATE TABLE pledge_items (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    year      INTEGER NOT NULL,
    no        INTEGER NOT NULL CHECK (no >= 1),
    field     TEXT NOT NULL CHECK (field = 'economy' OR field = 'culture-society' OR field = 'defense-security' OR field = 'political-system'),
    model_id  INTEGER REFERENCES models (id),
    text      TEXT NOT NULL CHECK (text <> ''),
    UNIQUE (member_id, year, no)
) STRICT;
CREATE INDEX pledge_items_year ON pledge_items (year, member_id);
-- The review counts a year's items per field from this index alone.
CREATE INDEX pledge_items_field ON pledge_items (year, field);
CREATE INDEX pledge_items_model ON pledge_items (model_id);

INSERT INTO pledge_items (id, member_id, year, no, field, model_id, text)
SELECT id, member_id, year, no, field, model_id, text FROM pledge_items_v1;

CREATE TABLE report_items (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL REFERENCES pledge_items (id),
    status    TEXT NOT NULL CHECK (status = 'done' OR status = 'in-progress' OR status = 'not-done'),
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, item_id)
) STRICT, WITHOUT ROWID;

INSERT INTO report_items (report_id, item_id, status, note)
SELECT report_id, item_id, status, note FROM report_items_v1;

DROP TABLE report_items_v1;
DROP TABLE pledge_items_v1;

CREATE TRIGGER reports_count AFTER INSERT ON reports BEGIN
    UPDATE reports
    SET done = (SELECT count(*) FROM report_items WHERE report_id = NEW.id AND status = 'done'),
        in_progress = (SELECT count(*) FROM report_items WHERE report_id = NEW.id AND status = 'in-progress'),
        not_done = (SELECT count(*) FROM report_items WHERE report_id = NEW.id AND status = 'not-done')
    WHERE id = NEW.id;
END;

CREATE TRIGGER report_items_count AFTER INSERT ON report_items BEGIN
    UPDATE reports
    SET done = done + (NEW.status = 'done'),
        in_progress = in_progress + (NEW.status = 'in-progress'),
        not_done = not_done + (NEW.status = 'not-done')
    WHERE id = NEW.report_id;
END;

CREATE TRIGGER report_items_uncount AFTER DELETE ON report_items BEGIN
    UPDATE reports
    SET done = done - (OLD.status = 'done'),
        in_progress = in_progress - (OLD.status = 'in-progress'),
        not_done = not_done - (OLD.status = 'not-done')
    WHERE id = OLD.report_id;
END;

CREATE TRIGGER report_items_recount AFTER UPDATE OF report_id, status ON report_items BEGIN
    UPDATE reports
    SET done = done - (OLD.status = 'done'),
        in_progress = in_progress - (OLD.status = 'in-progress'),
        not_done = not_done - (OLD.status = 'not-done')
    WHERE id = OLD.report_id;
    UPDATE reports
    SET done = done + (NEW.status = 'done'),
        in_progress = in_progress + (NEW.status = 'in-progress'),
        not_done = not_done + (NEW.status = 'not-done')
    WHERE id = NEW.report_id;
END;
