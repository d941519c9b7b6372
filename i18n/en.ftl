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

## output: writing standard output, export files, workbooks and forms
## $path: the file; $cause: what the system said; $dir: its directory

output-stream-out = standard output
output-stream-err = standard error
# $stream: output-stream-out or output-stream-err
output-cannot-write-stream = cannot write to { $stream }: { $cause }
output-stream-hint = check the disk or device the output goes to (a full disk, a redirection to a file that cannot grow)
output-cannot-write-help = cannot write the help: { $cause }
output-cannot-write-file = cannot write { $path }: { $cause }
output-cannot-write-file-hint = check that the disk holding { $dir } has room and that you may write there; nothing was written
output-cannot-create-temp-hint = check that the directory exists and that you may write in it
output-workbook-extension = { $path }: danvan writes workbooks as .xlsx only
output-workbook-extension-hint = name the file .xlsx (LibreOffice opens it too), or .csv
output-excel-not-for-xlsx = --excel and --delimiter shape CSV files; an .xlsx file is a workbook already
output-export-no-table = export writes records as CSV or JSON, not as a table
output-export-no-table-hint = use --format csv (the default) or --format json
output-excel-only-csv = --excel shapes CSV files; it does not apply to JSON or tables
output-form-extension = { $path }: a form is written as .xlsx or .csv
output-form-extension-hint = name the file .xlsx (drop-downs, locked key columns) or .csv
# $max: the rows a worksheet holds below its header
output-xlsx-too-many-rows = the export has more than { $max } rows, more than a worksheet holds
output-xlsx-too-many-rows-hint = export a shorter period (--year, --from/--to), or write CSV (--output FILE.csv)
# $cause: what the workbook writer said, or output-xlsx-writer-failed
output-xlsx-failed = { $cause } (the rows of a workbook wait in the temporary directory, { $dir }, until it is saved)
output-xlsx-writer-failed = the workbook writer failed
output-saved-but-unsaid = the change was saved but its confirmation could not be written: { $cause }
output-saved-but-unsaid-hint = do not run the command again; `danvan log --limit 1` shows the change
# $typed: what was given, in quotes
output-not-a-delimiter = { $typed } is not a delimiter: use , or ;
# $from, $to: the years given
output-from-after-to = --from { $from } is after --to { $to }
output-from-after-to-hint = give the first year with --from and the last with --to
## cli: what commands say — confirmations, notes, prompts, forms, the reminder letter

# A month in running text; $month is its number 1–12
cli-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
cli-nothing-changed = Nothing changed.

# Imports: $what is one of the nouns below
cli-import-done = { $file }: added { $added }, replaced { $replaced } { $what }
cli-import-dry-run = { $file }: would add { $added }, replace { $replaced } { $what } (dry run, nothing written)
cli-noun-members = members
cli-noun-pledge-items = pledge items
cli-noun-reports = reports
cli-noun-evaluations = evaluations
cli-noun-models = models
cli-noun-awards = awards
cli-noun-initiatives = initiatives
cli-noun-disciplines = disciplines

# member
cli-member-needs-name = a new member needs a name
cli-hint-member-needs-name = add --name "…", as in: danvan member add { $code } --name "Nguyễn Văn An"
cli-member-added = Added member { $code } ({ $name })
cli-member-updated = Updated member { $code } ({ $name })
cli-member-left = { $code } ({ $name }) left on { $date }
cli-member-removed = Removed member { $code } ({ $name })
cli-member-status-on = On { $date }: { $status }
cli-member-active = active
cli-member-not-active = not active

# pledge
cli-pledge-updated = Updated pledge item { $item }
cli-pledge-removed = Removed pledge item { $item }: { $text }
cli-pledge-template-written = Wrote { $file }: { $members } members to register for { $year }, { $carried } items carried from { $previous }

# Forms to fill in: headers and sheet names
cli-form-code = Member
cli-form-name = Name
cli-form-unit = Unit
cli-form-year = Year
cli-form-no = No.
cli-form-field = Field
cli-form-model = Model
cli-form-pledged = Pledged action
cli-form-month = Month
cli-form-item = Item { $no }
cli-form-note = Note { $no }
cli-form-submitted = Submitted on
cli-form-item-no = Item
cli-form-pledges-sheet = Pledges { $year }
cli-form-reports-sheet = Reports { $month }
cli-form-items-sheet = Pledged items

# report
cli-report-recorded = Recorded the report of { $member } for { $month } ({ $n } items)
cli-report-replaced = Replaced the report of { $member } for { $month } ({ $n } items)
cli-report-removed = Removed the report of { $member } { $month } ({ $n } items)
cli-report-show-head = { $code } ({ $name }), month { $month }: { $when }
cli-report-submitted-on = submitted on { $date }
cli-report-not-submitted = no report submitted
cli-report-template-written = Wrote { $file }: { $members } members to report for { $month }, { $reported } reported already

# The reminder letter of `report missing --letter`
cli-letter-opening = As of { $today }, { $n } { $n ->
    [one] member has
   *[other] members have
} not yet sent the monthly report for { $month } on the actions registered in the "Dân vận khéo" movement:
cli-letter-ask = Please send your report for { $month } to the cell committee as soon as you can: for each registered action, say whether it is done, in progress or not done.
cli-letter-ignore = If you have already sent it, please ignore this message.

# report enter
cli-enter-not-a-terminal = report enter reads keys at a terminal, and standard input is not one
cli-hint-enter-not-a-terminal = run it in a terminal window; to load reports from a file use `danvan report import FILE` (a form from `danvan report template` fills in quickly)
cli-enter-all-reported = Everyone expected to report for { $month } has reported.
cli-enter-intro = Reports for { $month }: { $n } members have not reported. One key per item: d done, p in progress, n not done, Enter skips, b goes back, q quits.
cli-enter-stopped = Stopped. { $saved } { $saved ->
    [one] report
   *[other] reports
} saved; what was typed for { $code } is not saved.
cli-enter-nothing = {"   "}Nothing entered: { $code } still has no report.
cli-enter-saved = {"   "}Saved the report of { $member } ({ $n } items).
cli-enter-done = Done: { $saved } { $saved ->
    [one] report
   *[other] reports
} for { $month } saved.
cli-enter-skipped = (skipped)
cli-enter-back = (back)

cli-review-extension = { $file }: the review is written as .docx (Word) or .xlsx (a workbook)
cli-hint-review-extension = name the file so-ket.docx or so-ket.xlsx
cli-review-written = Wrote the review to { $file }
cli-man-cannot-write = cannot write the man pages into { $dir }: { $error }
cli-hint-man-cannot-write = give a directory that exists and that you may write in

# init and demo
cli-init-created = Created a new database.
cli-init-exists = The database exists and is up to date.
cli-demo-is-dir = { $file } is a directory, not a database file
cli-demo-not-demo = { $file } exists and is not a demo database
cli-hint-demo-not-demo = choose another --db path, or add --force to replace it with the demo
cli-demo-review-title = "Dân vận khéo" review { $from }-{ $to }
cli-demo-document = The review document (Word): { $file }
cli-demo-explore = Explore the demo: danvan --db { $db } member list
cli-cannot-replace = cannot replace { $file }: { $error }

# setting
cli-setting-set = Set { $key } = { $value }
cli-setting-unset = Unset { $key } (default { $default })
cli-setting-was-not-set = { $key } was not set; nothing changed

# backup, check, log, undo
cli-backup-done = Backed up to { $file }
cli-check-ok = { $file }: ok
cli-check-damaged =
    { $file } is damaged or was changed outside danvan:
    { $problems }
cli-hint-check-damaged = restore the latest backup (danvan backup makes one), or correct the values listed; keep the damaged file for inspection
cli-log-undone-by = undone by { $change }
cli-log-undoes = undoes { $change }
cli-undo-done = undid change { $change } ({ $command }, by { $user } at { $at }): { $restored } records restored, { $removed } removed
cli-undo-dry-run = would undo change { $change } ({ $command }, by { $user } at { $at }): { $restored } records restored, { $removed } removed; nothing was changed (--dry-run)

# evaluate; $kind is member, unit or model
cli-evaluation-recorded = Recorded the evaluation of { $kind } { $who }, { $year }: { $rating }{ $exemplary ->
    [yes] {", exemplary"}
   *[no] {""}
}
cli-evaluation-replaced = Replaced the evaluation of { $kind } { $who }, { $year }: { $rating }{ $exemplary ->
    [yes] {", exemplary"}
   *[no] {""}
} (was: { $was })
cli-evaluation-not-rated = { $kind } { $subject } has no rating for { $year }: a rating is needed to mark it exemplary
cli-hint-evaluation-not-rated = give the rating too: `danvan evaluate { $kind } { $subject } --year { $year } --rating RATING --exemplary` (ratings: { $ratings })
cli-evaluation-already-exemplary = { $kind } { $who }, { $year }: was already exemplary ({ $rating })
cli-evaluation-marked-exemplary = { $kind } { $who }, { $year }: marked exemplary, rating kept ({ $rating })
cli-evaluation-removed = Removed the evaluation of { $kind } { $subject } { $year }
cli-suggest-applied = { $year }: recorded { $written }, skipped { $skipped } (already rated)
cli-suggest-without = { $n } members without a suggestion (no month of the year has ended)

# model
cli-model-needs-name = a new model needs a name
cli-hint-model-needs-name = add --name "…", as in: danvan model add { $code } --name "Một cửa thân thiện" --field economy
cli-model-needs-field = model { $code } needs a field
cli-hint-model-needs-field = add --field with one of: { $fields } (or the Vietnamese label)
cli-model-added = Added model { $code } ({ $name })
cli-model-updated = Updated model { $code } ({ $name })
cli-model-retired = Model { $code } ({ $name }): retired after { $year }
cli-model-removed = Removed model { $code } ({ $name })

# award, initiative, discipline, unit
cli-award-applied = { $year }: recorded { $proposed } proposals, dropped { $dropped } earlier undecided ones, kept { $granted } granted
cli-award-over-cap = { $n } members meet the CSTĐCS rule; the cap of { $percent }% allows { $cap }
cli-award-decided = Decision { $number } of { $date }: granted { $n } titles of { $year }
cli-initiative-removed = Removed initiative { $initiative }: { $title }
cli-discipline-recorded = Recorded the discipline { $discipline }
cli-discipline-removed = Removed the discipline { $discipline }
cli-unit-renamed = renamed the unit { $old } to { $new }: { $members } members, { $models } models, { $evaluations } evaluations
## reports: pledges, monthly reports, the summary, the review, the demo
## A month ($month) is written 2026-11, a date ($date, $on, $today, $first) 2026-11-27.
## A month given to a command to type ($month in the hints, $month_arg) stays YYYY-MM.

pledge-not-an-item = { $typed } is not a pledge item: write it MEMBER/YEAR/NO
hint-pledge-not-an-item = such as NV001/2026/2; see the items with `danvan pledge list --member NV001`
# $when: pledge-member-left-on or pledge-member-joined-on
pledge-not-active-in-year = member { $code } ({ $name }) was not active on any day of { $year }: { $when }
pledge-member-left-on = left on { $date }
pledge-member-joined-on = joined on { $date }
hint-pledge-not-active = a pledge is for a year in which the member was active; check --year, or the member's dates with `danvan member show { $code }`
pledge-member-vanished = member { $code } vanished
pledge-no-such-item = { $member } has no pledge item { $no } in { $year }
hint-pledge-see-items = see { $code }'s items with `danvan pledge list --member { $code } --year { $year }`
# $n: how many reports; $months: their months
pledge-item-reported =
    { $item } cannot be removed: { $n ->
        [one] the report of { $months } refers
       *[other] the reports of { $months } refer
    } to it
# A list of months: the first, then the others
pledge-month-list = { $first }, { $rest }
hint-pledge-item-reported = see them with `danvan report show { $code } --month { $month }`; a report without this item is made with `danvan report add { $code } --month { $month } --item NO=STATUS … --replace`
pledge-row-not-active = member { $code } was not active on any day of { $year }; check the year or the member's dates
pledge-row-bad-no = no: { $cell } is not an item number (1, 2, 3 …; or leave it empty)
pledge-row-no-model = model: there is no model with code { $code }; see `danvan model list`
pledge-row-twice = { $item } appears twice in the file
pledge-row-exists = { $item } already exists; add --replace to overwrite it, or leave `no` empty to add a new item

report-not-an-item-status = { $typed } is not an item status: write it NO=STATUS or NO=STATUS:NOTE
report-not-an-item-status-hint = such as --item 1=done or --item "2=chưa làm được:chờ kinh phí"; the statuses are { $codes } (or the Vietnamese labels)
report-not-items-status-hint = such as --item 1=done, --item 1,2,3=done, --item 1-3=done or --item "2=chưa làm được:chờ kinh phí"; the statuses are { $codes } (or the Vietnamese labels)
report-month-not-begun = { $month } has not begun (today is { $today }); a report is for the current month or an earlier one
report-member-not-active = the member was not active on any day of { $month }: { $when }
report-submitted-after-today = the submission date { $on } is after today ({ $today })
report-submitted-before-month = the submission date { $on } is before { $month } begins
# $problem: one of the four above
report-cannot-record = cannot record a report of { $code } ({ $name }) for { $month }: { $problem }
hint-report-give-on = give the day the report was handed in with --on, from { $first } to { $today }; without --on it is today
hint-report-check-month = check --month: `this` is the current month, `last` the one before
hint-report-check-member = check --month, or the member's dates with `danvan member show { $code }`
report-no-pledge = { $code } ({ $name }) has no pledge for { $year }, so there is nothing to report
hint-report-register-first = register the items first: danvan pledge add { $code } --year { $year } --field FIELD "…"
report-no-pledge-to-show = { $code } ({ $name }) has no pledge for { $year }, so there is no report to show
hint-report-see-pledges = see the pledges with `danvan pledge list --member { $code }`
report-no-item = a report names at least one item
report-no-item-hint = add --item NO=STATUS, such as --item 1=done, or --all STATUS
report-item-twice = item { $no } is given twice
report-item-twice-hint = give each item once, with --item NO=STATUS
# $items: the numbers the member pledged
report-not-pledged = { $code } has no item { $no } in { $year } (the items are { $items })
hint-report-see-items = see them with `danvan pledge list --member { $code } --year { $year }`
report-exists = { $code } already has a report for { $month } (submitted on { $on })
hint-report-exists = see it with `danvan report show { $code } --month { $month }`; add --replace to replace it whole
report-template-not-begun = { $month } has not begun (today is { $today }); no report is expected for it yet
report-template-not-begun-hint = give the current month or an earlier one: --month this, --month last or YYYY-MM
report-row-empty-code = member: the member code is empty
report-row-refused-see = the report of { $code } for { $month } is refused (see line { $line })
report-row-dates-differ = submitted_on { $on } differs from { $first } on line { $line } for the same report ({ $code } { $month }); one report has one submission date
report-row-bad-item = item: { $cell } is not an item number (the pledge item's no: 1, 2, 3 …)
report-row-not-pledged = item: { $code } has no pledge item { $no } in { $year }; see `danvan pledge list --member { $code } --year { $year }`
report-row-item-twice = item { $no } appears twice in the report of { $code } for { $month }
report-row-refused = the report of { $code } for { $month } is refused: { $problem }
report-row-exists = { $code } already has a report for { $month }; add --replace to replace it whole, or see it with `danvan report show { $code } --month { $month_arg }`

summary-from-after-to = --from { $from } is after --to { $to }
summary-from-after-to-hint = give the first year of the period with --from and the last with --to
summary-to-after-current = --to { $to } is after the current year { $current }
summary-to-after-current-hint = a review covers years that have begun: use --to { $current } or earlier
review-nothing-in-years = nothing to review in { $years }: no pledge items, monthly reports, evaluations or models
review-nothing-in-years-hint = choose --from and --to among the years the database holds
# Failures of the review's document itself; $reason: the library's words
review-chart-font = the chart's embedded font could not be read
review-chart-failed = cannot draw the chart: { $reason }
review-docx-failed = cannot assemble the Word document: { $reason }

demo-made = demo: { $members } members in { $units } units ({ $left } left during { $first }-{ $last }), { $models } models, { $items } pledge items, { $reports } monthly reports, { $evaluations } evaluations, { $initiatives } initiatives, 1 discipline, { $granted } titles of { $year } under one decision
## people: members, units, models, evaluations, titles, removals

# $typed, $existing, $old, $new: unit names, in quotes
unit-looks-like = the unit { $typed } is new, but is spelled like the existing unit { $existing }
hint-unit-looks-like = write it as { $existing }, or add --new-unit (--new-units for an import) if { $typed } is another unit
unit-would-merge = the unit { $new } exists already: renaming { $old } to it merges the two
hint-unit-would-merge = to merge them, run `danvan unit rename { $old } { $new } --merge`
unit-both-evaluated = { $old } and { $new } are both evaluated for { $year }: one unit has one evaluation a year; remove one first
# $by: what still refers to the record, a list
removal-model-in-use = model { $code } cannot be removed: { $by } still refer to it
removal-member-in-use = member { $code } cannot be removed: { $by } still refer to it
removal-list = { $first }, { $rest }
removal-by-more = { $n } more
removal-by-pledge-item = pledge item { $item }
removal-by-model-evaluation = its evaluation of { $year }
removal-by-pledges = { $n } pledge items
removal-by-reports = { $n } reports
removal-by-evaluations = { $n } evaluations
removal-by-models = { $n } models they own
hint-member-in-use = a member who leaves stays on record: run `danvan member leave CODE --on DD/MM/YYYY`
hint-model-in-use = remove the model from those items first (`danvan pledge edit ITEM --model ""`) and their evaluations (`danvan evaluate remove model CODE --year Y`), or retire it with `danvan model retire CODE --year Y`
removal-no-report = there is no report of { $code } for { $month }
# $kind: member, unit or model
removal-no-evaluation = there is no { $kind } evaluation of { $subject } for { $year }
removal-no-pledges = there is no pledge item of { $code } for { $year }
member-bad-email = email { $email } is not an e-mail address
# $left, $joined: dates
member-left-before-joined = the leave date { $left } is before the join date { $joined } of { $code }
hint-member-left-before-joined = a member leaves on or after the day they joined
# $what: member or model
code-invalid = { $code } is not a valid { $what } code
hint-code-invalid = a code is 1 to 32 letters, digits, '-', '_' or '.', without spaces or '/', such as NV001
member-name-mismatch = member_name: the file names { $named } beside the code { $code }, but the register has { $code } as { $register }; correct the code or the name
member-vanished = member { $code } vanished
member-not-registered = member: there is no member with code { $code }; import the members first (`danvan member import`)
member-search-empty = give part of a name or of a code to look for, such as "lan" or "NV00"
# $like: the unit-looks-like message
member-row-unit-looks-like = unit: { $like }; add --new-units if it is another unit
member-row-joined-empty = joined: the join date is empty; write it as YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026) or DD.MM.YYYY (31.03.2026)
model-two-owners = model { $code } has both an owner unit ({ $unit }) and an owner member ({ $member })
hint-model-two-owners = a model belongs to a unit or to a member, not both: leave owner_unit or owner_member empty (--unit or --member on the command line)
# $started, $current, $retired: years
model-starts-later = model { $code } starts in { $started }, after the current year { $current }
hint-model-starts-later = record a model once it has started: give a started year up to the current one
model-retires-before-start = model { $code } would retire in { $retired }, before it started in { $started }
hint-model-retires-before-start = the retired year is the last year the model ran: the started year or later
model-retires-later = model { $code } would retire in { $retired }, after the current year { $current }
hint-model-retires-later = record the retirement once that year has come
model-owner-unit-unknown = model { $code }: there is no unit { $unit } (no member has ever belonged to it)
hint-model-owner-unit-unknown = check the spelling against `danvan member list --all`, or give the owner as a member with --member CODE
model-owner-member-unknown = model { $code }: there is no member with code { $member } to own it
hint-model-owner-member-unknown = see the codes with `danvan member list --all`, or register the member first with `danvan member add { $member } --name …`
model-exists = model { $code } already exists ({ $name })
hint-model-exists = choose another code, or change this model with `danvan model edit { $code }`
model-row-started-empty = started: the year the model started is empty; write it with four digits, such as 2024
# $joined, $left: dates; $year: a year
evaluation-member-inactive = member { $code } ({ $name }) was not active in { $year }: joined { $joined }
evaluation-member-inactive-left = member { $code } ({ $name }) was not active in { $year }: joined { $joined }, left { $left }
hint-evaluation-member-inactive = a member is rated for a year in which they were active; check the year
evaluation-model-not-running = model { $code } ({ $name }) did not run in { $year }: it ran from { $started }
evaluation-model-not-running-retired = model { $code } ({ $name }) did not run in { $year }: it ran from { $started } to { $retired }
hint-evaluation-model-not-running = a model is rated for a year in which it ran; check the year
evaluation-year-later = { $year } is after the current year { $current }: it cannot be evaluated yet
hint-evaluation-year-later = give --year { $current } or an earlier year
# $kind: member, unit or model; $rating: a rating code
evaluation-exists = { $kind } { $subject } already has an evaluation for { $year }: { $rating }
evaluation-exists-exemplary = { $kind } { $subject } already has an evaluation for { $year }: { $rating }, exemplary
hint-evaluation-exists = to overwrite it, run `danvan evaluate { $kind } { $subject } --year { $year } --rating { $rating } --replace` (the old one stays in `danvan log`)
evaluation-row-subject-empty = subject: empty; write the member code, the unit name or the model code
evaluation-row-exemplary-bad = exemplary: { $typed } is not yes or no; write true/false, yes/no, 1/0, x/empty or có/không
initiative-ref-bad = { $typed } is not an initiative: write it MEMBER/YEAR/NO, such as NV001/2025/1
# $what: initiative, title or discipline
recorded-year-later = { $what ->
        [initiative] an initiative
        [title] a title
       *[discipline] a discipline
    } of { $year } cannot be recorded yet: the current year is { $current }
# $initiative: MEMBER/YEAR/NO
initiative-absent = there is no initiative { $initiative }
# $title: the year and title code the initiative backs
initiative-backs-title = initiative { $initiative } backs the title { $title }; remove that first
initiative-row-no-bad = no: { $typed } is not a number from 1
# $form: a discipline form code
discipline-exists = member { $code } already has a { $form } discipline in { $year }
discipline-absent = member { $code } has no { $form } discipline in { $year }
# $date, $today: dates
award-decision-after-today = decision { $number } is dated { $date }, after today { $today }
award-decision-exists = decision { $number } is already recorded (dated { $date }, by { $issuer })
award-row-kind-model = kind: a title is for a member or a unit
award-row-subject-empty = subject: empty; write the member code or the unit name
award-row-initiative-absent = initiative: there is no initiative { $initiative }
# $title: the title code; $year and $subject: the award the initiative already backs
award-row-initiative-used = initiative: { $initiative } already backs the title { $title } of { $subject } for { $year }; an initiative backs one title only: leave the cell empty or name another initiative
award-row-initiative-twice = initiative: { $initiative } is named for two titles in the file (also for { $title } of { $subject } for { $year }); an initiative backs one title only: keep it on one row
# $level: a level code
award-row-decision-differs = decision { $number } is recorded dated { $date }, by { $issuer }, at level { $level }; this row says otherwise
# $titles: title codes
award-subject-no-proposal = { $subject } has no undecided proposal for { $year } to grant
award-subject-no-proposal-of = { $subject } has no undecided proposal of { $titles } for { $year } to grant
award-no-proposal = there is no undecided proposal for { $year } to grant
award-no-proposal-of = there is no undecided proposal of { $titles } for { $year } to grant
hint-award-no-proposal = see the proposals with `danvan award list --year { $year } --proposed`; record them with `danvan award propose --year { $year } --apply`
# Import rows: a record twice in the file, or already recorded
member-row-twice = member { $code } appears twice in the file
model-row-twice = model { $code } appears twice in the file
evaluation-row-twice = the evaluation of { $kind } { $subject } for { $year } appears twice in the file
evaluation-row-exists = { $kind } { $subject } already has an evaluation for { $year } ({ $rating })
# $title: a title code
award-row-twice = { $title } { $subject } of { $year } appears twice in the file
award-row-exists = { $title } { $subject } of { $year } is already recorded
initiative-row-twice = initiative { $initiative } appears twice in the file
initiative-row-exists = initiative { $initiative } already exists ({ $title })
discipline-row-twice = the discipline { $code } { $year } { $form } appears twice in the file
discipline-row-exists = the discipline { $code } { $year } { $form } is already recorded
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
# $table, $parent: the tables (pledge_items, members …) of the record put back and of the one it refers to
undo-parent-gone = change { $change } cannot be undone: a record of { $table } it would put back refers to a record of { $parent } that is no longer there
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

## infra: settings, text limits, files to write, the database's directory
# $typed: the name typed, quoted; $names: the settings
setting-unknown = { $typed } is not a setting
setting-unknown-hint = the settings are: { $names }
# $name: the setting; $max: characters
setting-too-long = the value of { $name } is longer than { $max } characters
# $lo, $hi: the bounds; $value: what was given, quoted; $default: its default
setting-not-a-number = { $name } must be a whole number from { $lo } to { $hi }, not { $value }
setting-not-a-number-hint = its default is { $default }
setting-not-a-switch = { $name } is on or off, not { $value }
setting-not-a-switch-hint = use on or off (yes/no, bật/tắt)
# $field: the field's key; $len, $max: characters
text-required = the { $field } is empty; it is required
text-too-long = the { $field } is { $len } characters long; at most { $max } are accepted
# $path: the file to write; $error: the system's reason
target-cannot-look = cannot look at { $path }: { $error }
target-symlink = { $path } is a symbolic link; danvan does not replace what a link points at
target-symlink-hint = give the path of the file itself, or a new file name
target-directory = { $path } is a directory
target-directory-hint = give a file name, such as a name inside that directory
target-not-regular = { $path } is not a regular file (a device, a FIFO or a socket)
target-not-regular-hint = give the name of a regular file, or a new one
# $dir: a directory; $error: the system's reason; $mkdir: the command that makes it
db-no-home = cannot find a home directory for the default database
db-no-home-hint = name a file with --db PATH or the DANVAN_DB variable
db-cannot-create-dir = cannot create the directory { $dir }: { $error }
db-no-such-dir = the directory { $dir } does not exist
db-no-such-dir-hint = create it first ({ $mkdir }) or choose another --db path
db-no-such-backup-dir-hint = create it first or choose another backup path

## infra: the roll-up of cells' files
# $path: a cell's file; $error: why; $first: the same file or cell named before
rollup-cannot-read = cannot read { $path }: { $error }
rollup-cannot-read-hint = name the summary files (.json) and database files the cells sent
rollup-not-a-summary = { $path } is neither a cell's summary file nor a danvan database
hint-rollup-not-a-summary = a cell makes its summary file with `danvan export summary --from Y1 --to Y2 --format json --output FILE`, or sends its database (`danvan backup FILE`)
# $version: the file's; $max: the newest this danvan reads
rollup-newer = { $path } was written by a newer danvan (summary file version { $version }; this danvan reads up to { $max })
rollup-newer-hint = install the newer danvan to roll it up
rollup-damaged = { $path } is a damaged summary file: { $error }
hint-rollup-damaged = ask the cell to make it again with `danvan export summary --format json`
# $file_from, $file_to: the file's period; $from, $to: the period asked for
rollup-other-period = { $path } is the summary of { $file_from }-{ $file_to }, not of { $from }-{ $to }
hint-rollup-other-period = ask the cell for `danvan export summary --from { $from } --to { $to } --format json`, or roll up { $file_from }-{ $file_to }
rollup-named-twice = { $path } is named twice (also as { $first })
rollup-named-twice-hint = name each cell's file once
rollup-cannot-read-folder = cannot read the folder { $path }: { $error }
rollup-cannot-read-folder-hint = name the cells' files one by one
# $name: the cell's name
rollup-same-cell = { $path } is the cell "{ $name }" again (already read from { $first })
rollup-same-cell-hint = name each cell's file once; two cells with the same name need their `cell` setting told apart

## infra: a database file refused, with the command that mends it
# $path: the file; $quoted: the file as typed in a shell; $differences: one line each
db-missing = there is no database at { $path }
hint-db-missing = create it with `danvan --db { $quoted } init`, or point --db / DANVAN_DB at an existing one
db-not-initialised = { $path } is empty: it is not a danvan database yet
hint-db-not-initialised = make it one with `danvan --db { $quoted } init`, or point --db / DANVAN_DB at the cell's database
db-foreign = { $path } is an SQLite database, but not one of danvan's; it was left untouched
hint-db-foreign = point --db at a danvan database, or at a new file to create one with `danvan init`
db-unsaved-changes = { $path } has changes not yet written into it (its -wal or -journal file is beside it); it was left untouched
hint-db-unsaved-changes = ask the cell for a copy made with `danvan backup FILE`, which is always whole, or close the danvan using it
db-altered-schema =
    { $path } has a schema that danvan did not make; it was left untouched:
    { $differences }
hint-db-altered-schema = the file was changed outside danvan: restore the latest backup; `danvan --db { $quoted } check` lists what differs and every stored value that breaks the rules

# Reading import files: $place is file:line; $detail the CSV or workbook library's own words
import-csv-unreadable = { $place }: cannot read the CSV: { $detail }
import-line-too-long = { $place }: the line is longer than { $max } bytes; this does not look like a list of rows
import-line-too-long-hint = check that this is the right file: a CSV file has one row per line
import-not-utf8 = { $place }: the file is not UTF-8 (a byte here is in another encoding, such as Windows-1258)
import-not-utf8-hint = in Excel use File > Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice choose the character set "Unicode (UTF-8)"
# $sheet: the sheet's name, quoted; $what: import-sheet-…
import-sheet-too-large = { $file }: the sheet { $sheet } is too large to import: { $what }
import-sheet-too-large-hint = a sheet may address { $rows } rows and { $columns } columns, span at most { $cells } cells and hold at most { $bytes } bytes in a row; delete the rows and columns beyond the list (Ctrl+End shows where the sheet ends) or save the list as CSV UTF-8
import-sheet-too-many-cells = it holds more than { $max } cells
import-sheet-cell-beyond = it has a cell at { $cell }
import-sheet-row-too-long = row { $row } holds more than { $max } bytes
import-sheet-declared-span = it declares its size as { $range }, { $rows } rows by { $columns } columns, more than { $max } cells
import-sheet-cells-span = its cells span { $range }, { $rows } rows by { $columns } columns, more than { $max } cells
import-workbook-unreadable = { $file }: cannot read the workbook: { $detail }
import-workbook-unreadable-hint = open it in Excel or LibreOffice and save it again as .xlsx or .ods, or save the sheet as CSV UTF-8

# Stored values danvan cannot read
db-unreadable-value = { $path } holds a value danvan cannot read ({ $cause })
db-unreadable-value-hint = the file was changed outside danvan; `danvan --db { $db } check` lists every stored value that breaks the rules
db-bad-stored-value = the database holds a { $column } for { $what } { $key } that is not valid: { $value }
db-bad-stored-value-hint = the file was changed outside danvan; `danvan check` lists every such value: correct them or restore the latest backup

# A file to write that is one of the database's own; $what: target-companion-…; $named: " (its path)" or nothing
target-is-database-file = { $path } is { $what }{ $named }; danvan will not write over it
target-is-database-file-hint = give the file another name, outside the database's own files
target-companion-database = the database itself
target-companion-wal = the database's write-ahead log
target-companion-shm = the database's shared-memory file
target-companion-journal = the database's rollback journal
import-sheet-row-beyond = it has content in row { $row }, beyond row { $max }
import-sheet-column-beyond = it has content in column { $column }, beyond column { $max }
import-sheet-repeated-span = its repeated rows and cells span { $rows } rows by { $columns } columns, more than { $max } cells

## errors (h-vierr)
# A schema difference: $kind is table, index, trigger or view; $name the object's name
db-schema-difference = {"  "}{ $difference }
schema-foreign = foreign { $kind } { $name }
schema-foreign-on = foreign { $kind } { $name } on { $table }
schema-missing = missing { $kind } { $name }
schema-altered = altered { $kind } { $name }
# check's findings, one a line
check-schema = schema: { $difference }
check-sqlite = { $line }
check-sqlite-check-failed = CHECK constraint failed in { $table }
check-sqlite-null = NULL value in { $column }
check-missing-row = table { $table } row { $row } refers to a missing row of { $parent }
check-not-checked = stored values were not checked: the tables are not as danvan made them
# $what: member, model, pledge-item, report, evaluation, initiative, discipline, award-decision, award
check-bad-value = { $what ->
        [pledge-item] pledge item
        [award-decision] award decision
       *[other] { $what }
    } { $record }: { $column } { $value } is not { $expected }
check-record-item = { $report }, item { $item }
check-value-null = NULL (empty)
check-value-blob = a blob of { $bytes } bytes
check-expected-date = a date (YYYY-MM-DD)
check-expected-month = a month (YYYY-MM)
# $what: field, model-level, report-status, evaluation-kind, rating, level, discipline-form, title
check-expected-code = a { $what ->
        [model-level] model level
        [report-status] report status
        [evaluation-kind] evaluation kind
        [discipline-form] discipline form
       *[other] { $what }
    } ({ $codes })
check-expected-roles = a set of roles ({ $codes }) joined by |
check-more = … and { $more } more in { $table }.{ $column }
check-miscounted = { $count } reports whose status counts do not match their items
check-miscounted-totals = { $count ->
    [one] one month of one unit whose kept report totals do not match its reports
   *[other] { $count } months of units whose kept report totals do not match their reports
}
# A value that could not be read, in the words of what read it
error-invalid-value = { $detail }
# The label of the progress bar of an export to standard output
progress-export = export
# A workbook cell holding an error value: $cell is B3, $error the spreadsheet's (#DIV/0!)
sheet-cell-error = cell { $cell } holds the spreadsheet error { $error }; correct it
# Writing the database file or its backup; $reason is the system's words
db-cannot-write-in = cannot write in { $dir }: { $reason }
db-cannot-write = cannot write { $path }: { $reason }
db-cannot-make-private = cannot make { $path } private (mode 0600): { $reason }
db-cannot-create = cannot create { $path }: { $reason }
# A record's key in check's findings: $kind is member, unit or model
check-record-report = { $code } { $month }
check-record-evaluation = { $kind } { $subject } { $year }
check-record-discipline = { $code } { $year }
check-record-award = { $year } { $kind } { $subject }
## review document (h-vidoc)
## The review as a document (export review, .docx and .xlsx). $period is
## review-period-year or review-period-years; counts ($items, $members …)
## are written 1,988; rates ($rate …) 92.2%.
review-period-year = In { $year }
review-period-years = From { $from } to { $to }
review-title = { $years ->
    [1] Review of the year { $from } of the "Dân vận khéo" emulation movement
   *[other] { $final ->
        [yes] Final review
       *[no] Review
    } of { $years } years of the "Dân vận khéo" emulation movement ({ $from } - { $to })
}
# $day is two digits; $month 1–12
review-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
review-date-at = { $place }, { $date }
# $body: the short name after -BC/ (CB, CU, ĐU or …)
review-number = No.       -BC/{ $body }
review-motto = COMMUNIST PARTY OF VIETNAM
review-report = REPORT
review-recipients = Recipients:
review-recipient-parent = - { $parent } (for information),
review-recipient-file = - File.
# The line above the signer's title; $body: cell, cell-committee, party-committee.
# The English document has none.
review-on-behalf-of = { $body ->
   *[other] {""}
}
review-part-results = I. RESULTS
review-registration-heading = Registration
review-registration = { $period }, { $registered } of { $members } { $members ->
    [one] member
   *[other] members
} ({ $rate }) registered for the "Dân vận khéo" emulation movement, with { $items } pledge { $items ->
    [one] item
   *[other] items
}: economy { $economy }, culture and society { $culture }, defence and security { $defense }, the political system { $political }.
review-table-registration = Table 1. Registration by year
review-monthly-reports-heading = Monthly reports
review-monthly-reports = { $period }, members submitted { $submitted } of the { $expected } monthly { $expected ->
    [one] report
   *[other] reports
} expected of them ({ $rate }). The reports marked { $done } { $done ->
    [one] item
   *[other] items
} done, { $in_progress } in progress and { $not_done } not done; the done rate is { $done_rate }.
review-table-monthly-reports = Table 2. Monthly reports by year
review-chart-monthly = Chart 1. Reporting rate and done rate by month
review-models-heading = "Dân vận khéo" models
review-models-none = { $period }, no "Dân vận khéo" model was recorded.
review-models = { $period }, { $models } "Dân vận khéo" { $models ->
    [one] model
   *[other] models
} ran (economy { $economy }, culture and society { $culture }, defence and security { $defense }, the political system { $political }); models were rated good or better { $good ->
    [one] once
   *[other] { $good } times
}.
review-table-models = Table 3. Models running in the period
# A model's rating in the table's narrow column; $rating its code, $label its label
review-short-rating = { $rating ->
   *[other] { $label }
}
review-evaluation-heading = Evaluation
review-evaluation-none = { $period }, no member evaluation was recorded.
review-evaluation = { $period }, members were rated { $rated ->
    [one] once
   *[other] { $rated } times
}: outstanding { $excellent }, good { $good }, complete { $complete }, not complete { $incomplete }; { $not_evaluated } { $not_evaluated ->
    [one] member-year was
   *[other] member-years were
} not evaluated.
review-table-evaluation = Table 4. Member ratings by year
review-exemplars-heading = Exemplary members and units
review-exemplars-none = { $period }, no exemplar was recorded.
review-exemplars = { $period }, members were named exemplary { $members ->
    [one] once
   *[other] { $members } times
} and units { $units ->
    [one] once
   *[other] { $units } times
}:
review-exemplar-members = members: { $names }
review-exemplar-units = units: { $names }
review-exemplars-of-year = - { $year }: { $list }.
review-by-unit-heading = Results by unit
review-table-by-unit = Table 5. Results by unit ({ $from } - { $to })
review-whole-agency = Whole agency
review-whole-period = Whole period
review-no-unit = (no unit)
review-overall-heading = Overall, strengths
review-part-shortcomings = II. SHORTCOMINGS AND CAUSES
review-shortcomings-heading = 1. Shortcomings
review-units-below-reporting = - Units whose reporting rate is below the agency's ({ $rate }): { $units }.
review-units-below-done = - Units whose done rate is below the agency's ({ $rate }): { $units }.
review-units-below-none = none
review-items-not-done = - Items not done: { $not_done } of { $reported } { $reported ->
    [one] item
   *[other] items
} in the monthly reports ({ $rate }).
review-absentees-none = - No member missed { $months } or more monthly reports.
review-absentees = - { $members } { $members ->
    [one] member
   *[other] members
} missed { $months } or more monthly reports:
review-table-absentees = Table 6. Members who missed { $months } or more monthly reports
review-causes-heading = 2. Causes
review-part-lessons = III. LESSONS LEARNT
review-part-directions = IV. DIRECTIONS AND TASKS AHEAD
review-part-recommendations = V. RECOMMENDATIONS
# Table headers
review-col-year = Year
review-col-years = Years
review-col-members = Members
review-col-registered = Registered
review-col-rate = Rate
review-col-pledge-items = Pledge items
review-col-economy = Economy
review-col-culture = Culture, society
review-col-defense = Defence, security
review-col-political = Political system
review-col-expected = Expected
review-col-submitted = Submitted
review-col-reporting-rate = Reporting rate
review-col-done = Done
review-col-in-progress = In progress
review-col-not-done = Not done
review-col-done-rate = Done rate
review-col-no = No.
review-col-code = Code
review-col-model = Model
review-col-field = Field
review-col-level = Level
review-col-owner = Owner
review-col-ratings = Ratings
review-col-started = Started
review-col-retired = Retired
review-col-excellent = Outstanding
review-col-good = Good
review-col-complete = Complete
review-col-incomplete = Not complete
review-col-not-evaluated = Not evaluated
review-col-unit = Unit
review-col-registration-rate = Registration rate
review-col-unit-reporting-rate = Reporting rate
review-col-unit-done-rate = Done rate
review-col-models = Models
review-col-exemplary-members = Exemplary members
review-col-name = Name
review-col-short-name = Name
review-col-kind = Kind
review-col-months-missing = Months missing
review-col-metric = Metric
review-col-month = Month
review-col-expected-reports = Expected reports
review-col-submitted-reports = Submitted reports
review-col-items-done = Items done
review-col-items-reported = Items reported
# The chart (a picture in the .docx) and the workbook's sheets and charts
review-chart-rate = Rate
review-chart-reporting-rate = Reporting rate
review-chart-done-rate = Done rate
review-sheet-summary = Summary
review-sheet-by-unit = By unit
review-sheet-by-month = By month
review-sheet-models = Models
review-sheet-exemplars = Exemplars
review-chart-rates-by-year = Rates by year
review-chart-rates-by-unit = Reporting and done rates by unit
review-chart-rates-by-month = Reporting and done rates by month

## award proposals (h-vidoc)
## The rule a proposal meets and the streak it rests on (award propose).
## Plain CSV and JSON, and the facts stored with a proposal, keep the English.
award-rule-ldtt = active on the last day of at least { $months } { $months ->
    [one] month
   *[other] months
}, rated good or better, no discipline
# $excellent: yes when the setting cstdcs_requires_excellent is on
award-rule-cstdcs = LĐTT with an initiative of { $year } not used before{ $excellent ->
    [yes] , rated excellent
   *[no] {""}
}
# $rule: award-rule-cstdcs; $cap: how many the cap allows; $ldtt: the year's LĐTT
award-rule-cstdcs-capped = { $rule }; among the best { $cap } by done rate ({ $percent }% of { $ldtt } LĐTT)
award-rule-ttldtt = unit rated good or better, at least { $percent }% of its active members LĐTT, no member with a warning or heavier discipline
award-rule-ttldxs = unit rated excellent, every active member complete or better, at least { $percent }% LĐTT, a CSTĐCS, no member with a warning or heavier discipline
award-rule-certificate-streak = CSTĐCS two consecutive years
award-rule-fighter-streak = CSTĐCS three consecutive years
award-rule-certificate-excellent = rated excellent two consecutive years with two initiatives
award-streak-two = CSTĐCS { $first } (granted), { $year } (proposed)
award-streak-three = CSTĐCS { $first }, { $second } (granted), { $year } (proposed)
award-streak-excellent = excellent { $first } and { $year }; { $initiatives } { $initiatives ->
    [one] initiative
   *[other] initiatives
}

## tables and spreadsheets (h-vidoc)
# The line over each record of a table too wide for the terminal; $n from 1
output-record = -[ RECORD { $n } ]
# A yes/no cell of a table or a spreadsheet CSV; import reads these back
output-yes = yes
output-no = no
## review roll-up (h-fromfiles)
## The superior body's review (`export review --from-files`): its by-unit parts by cell.
review-rollup-cell = Cell
review-rollup-all-cells = All cells
review-rollup-by-cell = Results by cell
review-rollup-by-cell-caption = Table 5. Results by cell ({ $from } - { $to })
review-rollup-below-reporting = - Cells whose reporting rate is below the overall rate ({ $rate }): { $units }.
review-rollup-below-done = - Cells whose done rate is below the overall rate ({ $rate }): { $units }.
review-rollup-cell-unit = Unit (cell)
review-rollup-sheet = By cell
review-rollup-chart = Reporting and done rates by cell
review-rollup-counts-only = The files of { $cells } carry the counts only (made by an older danvan): the monthly figures, the models, the exemplars and the members who missed monthly reports in this review leave these cells out.
# The word after a required column's headings in the list of columns
heading-required-word = required
