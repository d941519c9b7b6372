-- Version 4: emulation titles and commendations (DESIGN.md, Part two).
-- Initiatives and disciplines of members; award decisions; and awards,
-- each a title or form proposed for a member or unit in a year, granted
-- once a decision names it.

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
