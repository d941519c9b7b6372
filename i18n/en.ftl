# danvan's messages in English.
#
# Every id here is in vi.ftl too, with the same placeholders; a test fails
# otherwise, and when an id is used by no code. Code passes the data (a code,
# a month, a count) and never a sentence. The English text is what danvan
# has always printed: tests compare it byte for byte.
# Help of commands and options in English is the doc comments of src/cli;
# its Vietnamese is in vi-help.ftl.

## The lines of an error

error-prefix = error
hint-prefix = hint

## A unit, member or model typed that names nothing
## $typed: what was typed, in quotes

unknown-unit = there is no unit { $typed }: no member belongs to it, nor ever did
unknown-member = there is no member with code { $typed }
unknown-model = there is no model with code { $typed }
# $near: the nearest existing spellings; $then: the hint that follows
hint-did-you-mean = did you mean { $near }? { $then }
hint-see-units = see the units with `danvan unit list --all`
hint-find-member-by-name = to find a member by name, run `danvan member find "{ $name }"`
hint-see-members = see the codes with `danvan member list --all`
hint-see-models = see the codes with `danvan model list`, or add the model first with `danvan model add CODE --name … --field …`

## A new member whose code is taken

member-exists = member { $code } already exists ({ $name })
hint-member-exists = choose another code, or change this member with `danvan member edit { $code }`

## infra: the file, the undo, dates, vocabularies and imports

# Text not yet in the catalogues, shown as it is in every language
raw-text = { $text }

## infra: an import refused for its bad rows
# $problems: every problem, one a line; $count: how many; $what: import-what-…
import-refused =
    { $problems }
    { $count ->
        [one] { $count } bad row
       *[other] { $count } bad rows
    } in the { $what } file; nothing was imported
# $header: where the header was found (file:line)
import-refused-below-titles =
    { $problems }
    { $count ->
        [one] { $count } bad row
       *[other] { $count } bad rows
    } in the { $what } file; nothing was imported
    (the header was taken from { $header }; the rows above it were skipped as titles)
import-refused-hint = correct these rows and import the file again (--dry-run checks without writing)
# $place: file:line or file:sheet:row; $problem: what is wrong there
import-problem = { $place }: { $problem }
import-row-hint = { $message }; { $hint }
# $key: the column's key (year, month …)
import-keyed = { $key }: { $problem }
import-exists = { $problem }; add --replace to overwrite it
import-what-members = members
import-what-models = models
import-what-evaluations = evaluations
import-what-awards = awards
import-what-initiatives = initiatives
import-what-disciplines = disciplines
import-what-pledges = pledges
import-what-reports = reports

## infra: a row that cannot be read
# $heading: a wide file's column heading; $no: the item number
import-group-first-empty = { $heading }: the cell is empty but the other cells of number { $no } are filled; fill it or clear them
# $value: the cell, in quotes
import-cell-without-heading = column { $column } holds { $value } but has no heading; add its heading or clear the cell
import-cell-count = { $cells } cells where the header has { $width }; check for a stray delimiter or a missing quote
import-nul-byte = column { $column }: the cell holds a NUL byte; remove it

## infra: a value not in a vocabulary
# $value: what was typed, in quotes; $what: vocab-field …
vocab-not-a = { $value } is not a { $what }
# $codes: the codes; $labels: the Vietnamese labels (English names the codes only)
vocab-use-one-of = use one of: { $codes } { $labels ->
       *[other] (or the Vietnamese label)
    }
vocab-field = field
vocab-role = role
vocab-status = report status
vocab-rating = rating
vocab-level = model level
vocab-kind = evaluation kind
vocab-discipline-form = discipline form
vocab-title = title

## infra: dates, months and years as typed
# $value: what was typed, in quotes
dates-today-env = DANVAN_TODAY={ $value } is not a date
dates-today-env-hint = set it as YYYY-MM-DD, or unset it to use the clock
dates-not-a-date = { $value } is not a date; write it as YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026) or DD.MM.YYYY (31.03.2026)
dates-not-a-date-serial = { $value } is not a date (a spreadsheet shows a date as such a number when its cell is not formatted as a date: format the column as a date); write dates as YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026) or DD.MM.YYYY (31.03.2026)
dates-no-such-day = { $value } is not a date: there is no day { $day } in month { $month } of { $year }
dates-no-such-day-hint = check the day and the month
dates-not-a-year = { $value } is not a year: write it with four digits, such as 2026
dates-not-a-month = { $value } is not a month
dates-not-a-month-hint = write a month as YYYY-MM (2026-03), `this` or `last`
dates-no-such-month = { $value } is not a month: there is no month { $month }
dates-no-such-month-hint = months run from 01 to 12, as in 2026-03

## infra: an undo refused
# $change, $by, $of, $later: numbers of changes as `danvan log` lists them
undo-nothing = there is no change to undo
undo-no-such-change = there is no change { $change } that can be undone
undo-already-undone = change { $change } was already undone by change { $by }
undo-is-an-undo = change { $change } is itself the undo of change { $of }; an undo is not undone
# $command: the later change's command line
undo-later-change = change { $change } cannot be undone alone: the later change { $later } ({ $command }) touched or depends on the same records
# $reason: the database's words
undo-conflict = change { $change } cannot be undone: putting its records back conflicts with later changes ({ $reason })
hint-undo-see-log = see the changes and which are undone with `danvan log`
hint-undo-is-an-undo = to change what change { $of } did, run the command again
hint-undo-later-first = undo change { $later } first (`danvan undo { $later }`), or undo the newest changes one by one with `danvan undo`
hint-undo-conflict = undo the later changes first with `danvan undo`; `danvan log` lists them

## infra: an import file's header
# $place: file:line; $column: its number; $cell: the heading, in quotes
heading-repeats-earlier = { $place }: column { $column } ({ $cell }) repeats an earlier column
# $key: the column's key
heading-repeats = { $place }: column { $column } ({ $cell }) repeats the column { $key }
heading-unknown = { $place }: column { $column } ({ $cell }) is not a known column
# $no: the group's number; $heading: the missing heading, in quotes
heading-group-without-first = { $place }: the cells of group { $no } have no column { $heading }
heading-required-missing = { $place }: the required column { $key } is missing
heading-both-forms = { $place }: the header has both numbered columns and the columns they stand for; use one form or the other
# $problems: the problems above, one a line
heading-problems = { $problems }
# $columns: each key with its accepted headings; $ignored: the running-number headings
heading-columns-are = the columns are (key, then the headings accepted for it, in any case, with or without diacritics): { $columns }; a column headed { $ignored } is ignored

## infra: an import file that cannot be read as one
# $what: import-layout-…
import-layout-members = member list
import-layout-models = model list
import-layout-evaluations = evaluation list
import-layout-awards = award list
import-layout-initiatives = initiative list
import-layout-disciplines = discipline list
import-layout-pledges = pledge list
import-layout-reports = report list
import-a-directory = { $path } is a directory, not a { $what }
# $reason: the system's words
import-cannot-read = cannot read { $path }: { $reason }
import-cannot-read-hint = check the file name and that you may read it
# $sheet: the sheet asked for, in quotes
import-sheet-of-csv = --sheet { $sheet }: { $path } is not a workbook
import-sheet-of-csv-hint = --sheet chooses a sheet of an .xlsx or .ods file; a CSV file has none
# $keys: the columns' keys
import-empty-file = { $place }: the file is empty: it has no header row
import-empty-file-hint = the first line names the columns, such as: { $keys }
import-empty-sheet = { $place }: the sheet is empty: it has no header row
import-empty-sheet-hint = the first row names the columns, such as: { $keys }
# $is: sniff-…
import-not-an-import-file = { $name } is { $is }, not a { $what }
import-not-an-import-file-hint = import the { $what } as CSV UTF-8 or as an .xlsx or .ods workbook: open it, copy the table into a spreadsheet and save it as one
import-text-named-as-workbook = { $name } is a text (CSV) file, not a workbook as its name says; a { $what } was expected in a workbook
import-text-named-as-workbook-hint = if it is CSV, rename it to .csv and import it again; if it should be a workbook, save it again from Excel or LibreOffice
sniff-odt = an OpenDocument text document
sniff-od-other = an OpenDocument file that is not a spreadsheet
sniff-docx = a Word document
sniff-pptx = a PowerPoint presentation
sniff-zip = a zip archive
sniff-doc = a Word 97-2003 document
sniff-office-other = an Office 97-2003 file that is not a workbook
sniff-pdf = a PDF document
sniff-utf16 = UTF-16 text (Excel's "Unicode Text")
sniff-rtf = an RTF document
sniff-image = an image
sniff-binary = a binary file (it holds NUL bytes where the header should be)

## infra: the database file cannot be used
# $path: the database file
db-is-a-directory = { $path } is a directory, not a database file
db-is-a-directory-hint = give the path of a file with --db
# $version: the file's schema version; $known: the newest this danvan knows
db-newer = { $path } was written by a newer danvan (schema version { $version }; this danvan knows up to { $known })
db-newer-hint = install the newer danvan to use it; the file was left untouched
# $cause: SQLite's words
db-not-a-database = { $path } is not a danvan database: it is not an SQLite file, or it is damaged ({ $cause })
db-not-a-database-hint = check the --db path; if it is the cell's database, restore the latest backup and keep the damaged file for inspection
db-read-only = cannot write to { $path }: the file or its directory is read-only for this account
db-read-only-hint = danvan writes the file and, beside it, its -wal and -shm files: give your account write permission on the file and its directory (see `ls -l`), or copy the file somewhere writable
db-disk-full = the disk is full: { $path } (or SQLite's temporary files) could not grow
db-disk-full-hint = free some space on that disk and run the command again; the command was rolled back and nothing was changed
# $seconds: how long danvan waited
db-busy = { $path } is in use: another program has held its write lock for longer than { $seconds } seconds
db-busy-hint = wait for the other danvan command (a large import, a backup) or SQLite tool to finish, then run the command again; nothing was changed
db-cannot-open = cannot open { $path } ({ $cause })
db-cannot-open-hint = check that your account may read and write the file and its directory (see `ls -l`), and that the drive holding it is there

## infra: a workbook's sheets
# $name: the file; $sheet: the sheet asked for, in quotes; $sheets: the workbook's, in quotes
sheet-no-such-sheet = { $name }: there is no sheet named { $sheet }
sheet-the-sheets-are = the sheets are: { $sheets }
sheet-no-sheet = { $name }: the workbook has no sheet
