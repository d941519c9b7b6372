-- The whole danvan schema, as of version 4 (PRAGMA user_version). Embedded in
-- the binary (src/db.rs), it makes every new file. An older file is upgraded
-- by the steps under migrations/ instead (version 1 kept as first released,
-- then one file per later version): a change here is also a new step there,
-- and a test checks that both roads give the same schema.
--
-- Dates are ISO text (YYYY-MM-DD), months are YYYY-MM, vocabulary values are
-- the codes of DESIGN.md; CHECK constraints keep anything else out.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- A member's roles are a set, kept as their codes joined by '|' in the
-- vocabulary's order, exactly as the CSV column writes them.
CREATE TABLE members (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (code <> ''),
    name    TEXT NOT NULL CHECK (name <> ''),
    unit    TEXT NOT NULL DEFAULT '',
    roles   TEXT NOT NULL DEFAULT '',
    joined  TEXT NOT NULL,
    left_on TEXT CHECK (left_on IS NULL OR left_on >= joined),
    email   TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT '',
    note    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX members_unit ON members (unit);

CREATE TABLE models (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (code <> ''),
    name            TEXT NOT NULL CHECK (name <> ''),
    field           TEXT NOT NULL CHECK (field IN ('economy', 'culture-society', 'defense-security', 'political-system')),
    level           TEXT NOT NULL CHECK (level IN ('grassroots', 'district', 'province', 'national')),
    owner_unit      TEXT,
    owner_member_id INTEGER REFERENCES members (id),
    started         INTEGER NOT NULL,
    retired         INTEGER CHECK (retired IS NULL OR retired >= started),
    note            TEXT NOT NULL DEFAULT '',
    CHECK (owner_unit IS NULL OR owner_member_id IS NULL)
) STRICT;
CREATE INDEX models_owner_member ON models (owner_member_id);

-- One registered action: member, year, its number within that member and year.
-- Its field is checked with plain comparisons, as report_items' status is
-- (see there): these two tables take imports of hundreds of thousands and
-- millions of rows.
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

-- One member's self-report for one month, and its status per pledge item.
-- A report also keeps how many of its items have each status, maintained by
-- the triggers below, so the review sums 1.8 million reports instead of
-- scanning 5.4 million statuses.
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members (id),
    month        TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    done         INTEGER NOT NULL DEFAULT 0,
    in_progress  INTEGER NOT NULL DEFAULT 0,
    not_done     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (member_id, month)
) STRICT;
-- By month: who reported (the reminder), and the review's sums of statuses
-- read from the index alone.
CREATE INDEX reports_month ON reports (month, member_id, done, in_progress, not_done);

-- Statuses are checked with plain comparisons: an IN list of three values
-- makes SQLite build a lookup table for every row written.
CREATE TABLE report_items (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL REFERENCES pledge_items (id),
    status    TEXT NOT NULL CHECK (status = 'done' OR status = 'in-progress' OR status = 'not-done'),
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, item_id)
) STRICT, WITHOUT ROWID;
-- No index on item_id: an item is only ever looked for among its member's
-- reports of its year (through reports' own index), and one index fewer
-- over 5.4 million statuses makes every import faster.

-- Items may be written before their report (an import defers its foreign
-- keys): a new report starts from the items it already has.
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

-- The yearly result of a member (subject = member code), a unit (its name)
-- or a model (its code).
CREATE TABLE evaluations (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('member', 'unit', 'model')),
    subject   TEXT NOT NULL,
    year      INTEGER NOT NULL,
    rating    TEXT NOT NULL CHECK (rating IN ('excellent', 'good', 'complete', 'incomplete')),
    exemplary INTEGER NOT NULL DEFAULT 0 CHECK (exemplary IN (0, 1)),
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, subject, year)
) STRICT;
CREATE INDEX evaluations_year ON evaluations (year, kind);

-- Every change: when, who, which command line, what it did, and the record
-- before and after as JSON (NULL for a record created or deleted).
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    os_user TEXT NOT NULL,
    command TEXT NOT NULL,
    action  TEXT NOT NULL,
    entity  TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    before  TEXT,
    after   TEXT
) STRICT;

-- Undo (see migrations/3-undo.sql): every write is one change; the rows it
-- touched are journalled so that `danvan undo` can put them back.
-- One write (one command): the audit entries it made (audit_log ids
-- audit_first..audit_last), and for an undo, the change it reverted.
CREATE TABLE changes (
    id          INTEGER PRIMARY KEY,
    audit_first INTEGER,
    audit_last  INTEGER,
    undoes      INTEGER REFERENCES changes (id),
    undone_by   INTEGER REFERENCES changes (id)
) STRICT;
CREATE INDEX changes_audit ON changes (audit_first);

-- A row a change touched, by its key (key2 for a two-column key), and its
-- image before the change as JSON (NULL: the change inserted it).
CREATE TABLE row_journal (
    id        INTEGER PRIMARY KEY,
    change_id INTEGER NOT NULL,
    tbl       TEXT NOT NULL,
    key1      INTEGER NOT NULL,
    key2      INTEGER,
    before    TEXT
) STRICT;
CREATE INDEX row_journal_change ON row_journal (change_id);
CREATE INDEX row_journal_row ON row_journal (tbl, key1, change_id);

-- Rows a bulk import inserted, as a range of their first key column
-- (an import's new reports take consecutive ids): no row per row.
CREATE TABLE bulk_rows (
    change_id INTEGER NOT NULL,
    tbl       TEXT NOT NULL,
    first_key INTEGER NOT NULL,
    last_key  INTEGER NOT NULL
) STRICT;
CREATE INDEX bulk_rows_change ON bulk_rows (change_id);
-- Emulation titles and commendations (version 4, migrations/4-titles.sql).
CREATE TABLE initiatives (
    id            INTEGER PRIMARY KEY,
    member_id     INTEGER NOT NULL REFERENCES members (id),
    year          INTEGER NOT NULL,
    no            INTEGER NOT NULL CHECK (no >= 1),
    title         TEXT NOT NULL CHECK (title <> ''),
    recognised_by TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL CHECK (level IN ('grassroots', 'district', 'province', 'national')),
    UNIQUE (member_id, year, no)
) STRICT;
CREATE INDEX initiatives_year ON initiatives (year, member_id);

CREATE TABLE disciplines (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    year      INTEGER NOT NULL,
    form      TEXT NOT NULL CHECK (form IN ('reprimand', 'warning', 'demotion', 'dismissal')),
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (member_id, year, form)
) STRICT;
CREATE INDEX disciplines_year ON disciplines (year, member_id);

CREATE TABLE award_decisions (
    id         INTEGER PRIMARY KEY,
    number     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (number <> ''),
    decided_on TEXT NOT NULL,
    issuer     TEXT NOT NULL CHECK (issuer <> ''),
    level      TEXT NOT NULL CHECK (level IN ('grassroots', 'district', 'province', 'national'))
) STRICT;

-- A title of a year for a member (subject = member code) or a unit (its
-- name): proposed while decision_id is NULL, granted under the decision
-- otherwise. An initiative backs one title only. The facts are those the
-- proposal was made on, as JSON, for the council to check.
CREATE TABLE awards (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    title         TEXT NOT NULL CHECK (title IN ('advanced-worker', 'grassroots-emulation-fighter', 'advanced-collective', 'excellent-collective', 'provincial-certificate', 'provincial-emulation-fighter')),
    kind          TEXT NOT NULL CHECK (kind IN ('member', 'unit')),
    subject       TEXT NOT NULL CHECK (subject <> ''),
    initiative_id INTEGER UNIQUE REFERENCES initiatives (id),
    decision_id   INTEGER REFERENCES award_decisions (id),
    facts         TEXT NOT NULL DEFAULT '',
    UNIQUE (year, title, kind, subject)
) STRICT;
CREATE INDEX awards_decision ON awards (decision_id);
