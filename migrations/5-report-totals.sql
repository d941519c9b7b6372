-- Version 5: the reports of each month by unit, kept by triggers, so
-- the summary and the review sum thousands of rows instead of millions.

-- The reports of each month by the unit their member is in, with their
-- items per status: what the summary and the review read for their sums
-- (some thousands of rows instead of 1.8 million reports). Kept by the
-- triggers below; each change is added as a difference, whatever order the
-- triggers fire in, and a row that falls back to nothing goes.
CREATE TABLE report_totals (
    month       TEXT NOT NULL,
    unit        TEXT NOT NULL,
    reports     INTEGER NOT NULL,
    done        INTEGER NOT NULL,
    in_progress INTEGER NOT NULL,
    not_done    INTEGER NOT NULL,
    PRIMARY KEY (month, unit)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_totals_count AFTER INSERT ON reports BEGIN
    INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
    SELECT NEW.month, unit, 1, NEW.done, NEW.in_progress, NEW.not_done FROM members WHERE id = NEW.member_id
    ON CONFLICT (month, unit) DO UPDATE SET
        reports = reports + excluded.reports, done = done + excluded.done,
        in_progress = in_progress + excluded.in_progress, not_done = not_done + excluded.not_done;
END;

CREATE TRIGGER report_totals_recount AFTER UPDATE OF member_id, month, done, in_progress, not_done ON reports BEGIN
    INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
    SELECT OLD.month, unit, -1, -OLD.done, -OLD.in_progress, -OLD.not_done FROM members WHERE id = OLD.member_id
    ON CONFLICT (month, unit) DO UPDATE SET
        reports = reports + excluded.reports, done = done + excluded.done,
        in_progress = in_progress + excluded.in_progress, not_done = not_done + excluded.not_done;
    INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
    SELECT NEW.month, unit, 1, NEW.done, NEW.in_progress, NEW.not_done FROM members WHERE id = NEW.member_id
    ON CONFLICT (month, unit) DO UPDATE SET
        reports = reports + excluded.reports, done = done + excluded.done,
        in_progress = in_progress + excluded.in_progress, not_done = not_done + excluded.not_done;
    DELETE FROM report_totals
    WHERE month = OLD.month AND reports = 0 AND done = 0 AND in_progress = 0 AND not_done = 0;
END;

CREATE TRIGGER report_totals_uncount AFTER DELETE ON reports BEGIN
    INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
    SELECT OLD.month, unit, -1, -OLD.done, -OLD.in_progress, -OLD.not_done FROM members WHERE id = OLD.member_id
    ON CONFLICT (month, unit) DO UPDATE SET
        reports = reports + excluded.reports, done = done + excluded.done,
        in_progress = in_progress + excluded.in_progress, not_done = not_done + excluded.not_done;
    DELETE FROM report_totals
    WHERE month = OLD.month AND reports = 0 AND done = 0 AND in_progress = 0 AND not_done = 0;
END;

-- A member who moves takes their reports to the new unit.
CREATE TRIGGER report_totals_move AFTER UPDATE OF unit ON members WHEN OLD.unit IS NOT NEW.unit BEGIN
    INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
    SELECT month, OLD.unit, -count(*), -sum(done), -sum(in_progress), -sum(not_done)
    FROM reports WHERE member_id = OLD.id GROUP BY month
    ON CONFLICT (month, unit) DO UPDATE SET
        reports = reports + excluded.reports, done = done + excluded.done,
        in_progress = in_progress + excluded.in_progress, not_done = not_done + excluded.not_done;
    INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
    SELECT month, NEW.unit, count(*), sum(done), sum(in_progress), sum(not_done)
    FROM reports WHERE member_id = NEW.id GROUP BY month
    ON CONFLICT (month, unit) DO UPDATE SET
        reports = reports + excluded.reports, done = done + excluded.done,
        in_progress = in_progress + excluded.in_progress, not_done = not_done + excluded.not_done;
    DELETE FROM report_totals
    WHERE unit = OLD.unit AND reports = 0 AND done = 0 AND in_progress = 0 AND not_done = 0;
END;

INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
SELECT r.month, m.unit, count(*), sum(r.done), sum(r.in_progress), sum(r.not_done)
FROM reports r JOIN members m ON m.id = r.member_id
GROUP BY r.month, m.unit;
