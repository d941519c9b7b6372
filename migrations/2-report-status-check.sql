-- Version 2: report_items checks its status with plain comparisons. With
-- a three-value IN list SQLite built a lookup table for every row written:
-- an import of 5.4 million statuses spent a fifth of its work there.
--
-- The table is made again under its own name (so that its definition reads
-- as in schema.sql), its rows copied. The count triggers go first and come
-- back last: SQLite checks every trigger's tables when a table is renamed.

DROP TRIGGER reports_count;
DROP TRIGGER report_items_count;
DROP TRIGGER report_items_uncount;
DROP TRIGGER report_items_recount;

ALTER TABLE report_items RENAME TO report_items_v1;

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
