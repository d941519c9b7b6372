-- Version 3: undo. Every write is one change; the rows it touched are
-- journalled so that `danvan undo` can put them back.

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
